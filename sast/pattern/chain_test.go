package pattern

import "testing"

func TestMethodChainEllipsis(t *testing.T) {
	java := `class A {
  Object f(String token, Key k) {
    Jwts.parser().setSigningKey(k).parse(token);
    Jwts.parser().parse(token);
    Jwts.parserBuilder().build().parse(token);
    return other.parse(token);
  }
}
`
	js := "User.find(q).sort(s).exec();\nUser.exec();\nfoo().bar.exec();\nexec();\n"
	runCases(t, []matchCase{
		{"java chain", "java", java, `Jwts.parser(). ... .parse($T)`, []string{"L3 $T=token", "L4 $T=token"}},
		{"java chain metavariable receiver", "java", java, `$J.parserBuilder(). ... .parse($T)`, []string{"L5 $J=Jwts $T=token"}},
		{"js chain", "javascript", js, `$X. ... .exec()`, []string{"L1 $X=User.find(q).sort(s)", "L1 $X=User.find(q).sort", "L1 $X=User.find(q)",
			"L1 $X=User.find", "L1 $X=User", "L2 $X=User", "L3 $X=foo().bar", "L3 $X=foo()", "L3 $X=foo"}},
		{"js chain fixed head", "javascript", js, `User. ... .exec()`, []string{"L1", "L2"}},
		{"python chain", "python", "session.query(U).filter(f).first()\nsession.first()\nother.first()\n", `session. ... .first()`, []string{"L1", "L2"}},
	})
}
