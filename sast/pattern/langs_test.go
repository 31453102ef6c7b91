package pattern

import "testing"

func TestJavaScript(t *testing.T) {
	runCases(t, []matchCase{
		{"call any args", "javascript", "foo(1, 2);\nfoo();\nbar(1);\n", "foo(...)", []string{"L1", "L2"}},
		{"last arg", "javascript", "foo(1, 2);\n", "foo(..., $X)", []string{"L1 $X=2"}},
		{"metavar equality", "javascript", "foo(a, a);\nfoo(a, b);\n", "foo($X, $X)", []string{"L1 $X=a"}},
		{"string quoting", "javascript", "open('a');\nopen(\"a\");\nopen(`a`);\nopen('b');\n", `open("a")`, []string{"L1", "L2", "L3"}},
		{"require alias", "javascript", "const cp = require('child_process');\ncp.exec(cmd);\n", "child_process.exec(...)", []string{"L2"}},
		{"require direct", "javascript", "require('child_process').exec(cmd);\n", "child_process.exec(...)", []string{"L1"}},
		{"require pattern", "javascript", "require('child_process').exec(cmd);\n", "require('child_process').exec(...)", []string{"L1"}},
		{"import namespace", "javascript", "import * as cp from 'child_process';\ncp.exec(cmd);\n", "child_process.exec(...)", []string{"L2"}},
		{"import named", "javascript", "import { exec } from 'node:child_process';\nexec(cmd);\n", "child_process.exec(...)", []string{"L2"}},
		{"destructured require", "javascript", "const { exec: run } = require('child_process');\nrun(cmd);\n", "child_process.exec($C)", []string{"L2 $C=cmd"}},
		{"declaration as assignment", "javascript", "let x = y;\nconst z = w;\nvar v = u;\nq = r;\n", "$X = $Y",
			[]string{"L1 $X=x $Y=y", "L2 $X=z $Y=w", "L3 $X=v $Y=u", "L4 $X=q $Y=r"}},
		{"function any", "javascript", "function a(x) { return x; }\nfunction b() {}\n", "function $F(...) {...}", []string{"L1 $F=a", "L2 $F=b"}},
		{"sequence", "javascript", "let x = source();\nfoo();\nif (c) { sink(x); }\n", "$X = source();\n...\nsink($X);", []string{"L1-3 $X=x"}},
		{"deep", "javascript", "res.send(a + req.query.x);\nres.send(a);\n", "res.send(<... req.query ...>)", []string{"L1"}},
		{"member metavar", "javascript", "el.innerHTML = v;\n", "$E.innerHTML = $V", []string{"L1 $E=el $V=v"}},
		{"object ellipsis", "javascript", "f({a: 1, b: 2});\n", "f({..., b: $V, ...})", []string{"L1 $V=2"}},
	})
}

func TestTypeScript(t *testing.T) {
	runCases(t, []matchCase{
		{"call", "typescript", "const x: string = foo(1);\n", "foo($A)", []string{"L1 $A=1"}},
		{"import alias", "tsx", "import * as cp from 'child_process';\nconst f = () => cp.exec(c);\n", "child_process.exec(...)", []string{"L2"}},
	})
}

func TestGo(t *testing.T) {
	runCases(t, []matchCase{
		{"call", "go", "package p\nfunc f() {\n\tfoo(1, 2)\n\tfoo()\n}\n", "foo(...)", []string{"L3", "L4"}},
		{"import alias", "go", "package p\nimport ex \"os/exec\"\nfunc f() { ex.Command(\"ls\") }\n", "exec.Command(...)", []string{"L3"}},
		{"plain import", "go", "package p\nimport \"os/exec\"\nfunc f() { exec.Command(\"ls\", x) }\n", "exec.Command($N, ...)", []string{"L3 $N=\"ls\""}},
		{"short var as assignment", "go", "package p\nfunc f() {\n\tx := y\n\tz = w\n}\n", "$X = $Y", []string{"L3 $X=x $Y=y", "L4 $X=z $Y=w"}},
		{"string quoting", "go", "package p\nvar a = f(`x`)\nvar b = f(\"x\")\n", `f("x")`, []string{"L2", "L3"}},
		{"function any", "go", "package p\nfunc a(x int) { g() }\nfunc b() {}\n", "func $F(...) {...}", []string{"L2 $F=a", "L3 $F=b"}},
		{"sequence", "go", "package p\nfunc f() {\n\tx := source()\n\tif c {\n\t\tsink(x)\n\t}\n}\n", "$X := source()\n...\nsink($X)", []string{"L3-5 $X=x"}},
		{"metavar equality", "go", "package p\nfunc f() { g(a, a); g(a, b) }\n", "g($X, $X)", []string{"L2 $X=a"}},
	})
}

func TestJava(t *testing.T) {
	runCases(t, []matchCase{
		{"fqn via import", "java", "import java.security.MessageDigest;\nclass A { void f() { MessageDigest.getInstance(\"MD5\"); } }\n",
			"java.security.MessageDigest.getInstance(...)", []string{"L2"}},
		{"fqn via wildcard", "java", "import java.security.*;\nclass A { void f() { MessageDigest.getInstance(\"MD5\"); } }\n",
			"java.security.MessageDigest.getInstance($A)", []string{"L2 $A=\"MD5\""}},
		{"short pattern on fqn", "java", "class A { void f() { java.security.MessageDigest.getInstance(\"MD5\"); } }\n",
			"MessageDigest.getInstance(...)", []string{"L1"}},
		{"no import no match", "java", "class A { void f() { MessageDigest.getInstance(\"MD5\"); } }\n",
			"java.security.MessageDigest.getInstance(...)", nil},
		{"method any", "java", "class A {\n  public void f(int x) { g(); }\n  void h() {}\n}\n", "void $M(...) {...}", []string{"L2 $M=f", "L3 $M=h"}},
		{"declaration as assignment", "java", "class A { void f() { String s = g(); t = h(); } }\n", "$X = $Y", []string{"L1 $X=s $Y=g()", "L1 $X=t $Y=h()"}},
		{"args", "java", "class A { void f() { r.exec(a, b); } }\n", "$R.exec($X, ...)", []string{"L1 $R=r $X=a"}},
	})
}
