package search

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vouchsec/vouch/sast/rule"
)

func focusOn(f *rule.Formula, names ...string) *rule.Formula {
	f.Focus = append(f.Focus, names...)
	return f
}

func mvPattern(mv, language string, f *rule.Formula) *rule.Condition {
	return &rule.Condition{Kind: rule.CondPattern, Metavariable: mv, Language: language, Formula: f, Line: 1}
}

// TestSemgrepSemantics covers Semgrep's range semantics of patterns,
// metavariable-pattern and focus-metavariable.
func TestSemgrepSemantics(t *testing.T) {
	nested := "def g():\n  f(1)\n\ndef h():\n  f(2)\n"
	cases := []struct {
		name, src string
		f         *rule.Formula
		want      []string
	}{
		{"inside-only either branch constrains", nested,
			and(pat("f($X)"), or(and(wrap(rule.OpInside, pat("def g():\n  ...\n"))))),
			[]string{"L2 f(1) $X=1"}},
		{"narrower positive kept", nested,
			and(pat("def $F():\n  ..."), pat("f(2)")),
			[]string{"L5 f(2) $F=h"}},
		{"narrower positive kept either order", nested,
			and(pat("f(1)"), pat("def $F():\n  ...")),
			[]string{"L2 f(1) $F=g"}},
		{"inside range never survives in a plain one", nested,
			and(wrap(rule.OpInside, pat("f(1)")), pat("def $F():\n  ...")),
			nil},
		{"bindings unified across nesting", nested,
			and(pat("f($X)"), pat("def $F():\n  f($X)")),
			[]string{"L2 f(1) $F=g $X=1", "L5 f(2) $F=h $X=2"}},
		{"metavariable-pattern with only negative terms", "f(1)\nf(2)\n",
			with(and(pat("f($X)")), mvPattern("$X", "", and(wrap(rule.OpNot, pat("2"))))),
			[]string{"L1 f(1) $X=1"}},
		{"metavariable-pattern only sees the bound code", nested,
			with(and(pat("f($X)")), mvPattern("$X", "", and(pat("$Y"), wrap(rule.OpInside, pat("def g():\n  ..."))))),
			nil},
		{"metavariable-pattern matches the bound node itself", "x = lambda a: eval(a)\ny = lambda b: b\n",
			with(and(pat("$V = $L")), mvPattern("$L", "", and(pat("lambda $P: ..."), wrap(rule.OpNot, pat("lambda $Q: $Q"))))),
			[]string{"L1 x = lambda a: eval(a) $L=lambda a: eval(a) $P=a $V=x"}},
		{"metavariable-pattern in another language keeps nested bindings", "execute(\"foo(bar)\")\nexecute(\"baz()\")\n",
			with(and(pat("execute($S)")), mvPattern("$S", "javascript", pat("foo($A)"))),
			[]string{`L1 execute("foo(bar)") $A=bar $S="foo(bar)"`}},
		{"focus on several names intersects", "foo(bar(1))\n",
			focusOn(and(pat("foo($X)"), pat("foo(bar($Y))")), "$X", "$Y"),
			[]string{"L1 1 $X=bar(1) $Y=1"}},
		{"focus on disjoint names drops the match", "f(a, b)\n",
			focusOn(and(pat("f($X, $Y)")), "$X", "$Y"),
			nil},
		{"focus on an unbound name drops the match", "f(a, b)\n",
			focusOn(and(pat("f($X, $Y)")), "$X", "$Z"),
			nil},
		{"focus on one name", "f(a, b)\n",
			focusOn(and(pat("f($X, $Y)")), "$Y"),
			[]string{"L1 b $X=a $Y=b"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := evalWith(t, "python", c.src, c.f)
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// evalWith is eval with a registry (cross-language metavariable-pattern)
// that also checks every binding's offsets against its text.
func evalWith(t *testing.T, language, src string, f *rule.Formula) []string {
	t.Helper()
	q, ix := setup(t, language, src, f, true)
	ms, err := q.EvalIndex(context.Background(), ix)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		for k, b := range m.Bindings {
			if got := src[b.StartByte:b.EndByte]; got != b.Text {
				t.Errorf("binding %s: offsets cover %q, text is %q", k, got, b.Text)
			}
		}
	}
	return render(ms, src)
}

func TestCrossLanguageNeedsRegistry(t *testing.T) {
	l := registry.Lookup("python")
	f := with(and(pat("execute($S)")), mvPattern("$S", "javascript", pat("foo($A)")))
	if _, err := Compile(l, f); err == nil || !strings.Contains(err.Error(), "CompileWith") {
		t.Errorf("Compile error = %v, want one naming CompileWith", err)
	}
	if _, err := CompileWith(registry, l, f); err != nil {
		t.Errorf("CompileWith: %v", err)
	}
	bad := with(and(pat("execute($S)")), mvPattern("$S", "cobol", pat("foo($A)")))
	if _, err := CompileWith(registry, l, bad); err == nil || !strings.Contains(err.Error(), `unknown language "cobol"`) {
		t.Errorf("CompileWith error = %v, want unknown language", err)
	}
}
