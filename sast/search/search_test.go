package search

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vouchsec/vouch/sast/lang"
	"github.com/vouchsec/vouch/sast/pattern"
	"github.com/vouchsec/vouch/sast/rule"
)

var registry = lang.NewRegistry()

func pat(s string) *rule.Formula   { return &rule.Formula{Op: rule.OpPattern, Pattern: s, Line: 1} }
func regex(s string) *rule.Formula { return &rule.Formula{Op: rule.OpRegex, Pattern: s, Line: 1} }
func and(c ...*rule.Formula) *rule.Formula {
	return &rule.Formula{Op: rule.OpAnd, Children: c, Line: 1}
}
func or(c ...*rule.Formula) *rule.Formula { return &rule.Formula{Op: rule.OpOr, Children: c, Line: 1} }
func wrap(op rule.Op, c *rule.Formula) *rule.Formula {
	return &rule.Formula{Op: op, Children: []*rule.Formula{c}, Line: 1}
}
func with(f *rule.Formula, conds ...*rule.Condition) *rule.Formula {
	f.Conditions = append(f.Conditions, conds...)
	return f
}

func render(ms []pattern.Match, src string) []string {
	var out []string
	for _, m := range ms {
		s := fmt.Sprintf("L%d %s", m.Start.Row+1, src[m.StartByte:m.EndByte])
		var keys []string
		for k := range m.Bindings {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			s += fmt.Sprintf(" %s=%s", k, m.Bindings[k].Text)
		}
		out = append(out, strings.ReplaceAll(s, "\n", `\n`))
	}
	return out
}

// setup compiles f for language (with the test registry when reg is set)
// and indexes src.
func setup(t *testing.T, language, src string, f *rule.Formula, reg bool) (*Query, *pattern.Index) {
	t.Helper()
	l := registry.Lookup(language)
	var q *Query
	var err error
	if reg {
		q, err = CompileWith(registry, l, f)
	} else {
		q, err = Compile(l, f)
	}
	if err != nil {
		t.Fatalf("Compile: %v", err)
	}
	tr, err := l.Parse(context.Background(), []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return q, pattern.NewIndex(l, tr)
}

func eval(t *testing.T, language, src string, f *rule.Formula) []string {
	t.Helper()
	q, ix := setup(t, language, src, f, false)
	ms, err := q.EvalIndex(context.Background(), ix)
	if err != nil {
		t.Fatal(err)
	}
	return render(ms, src)
}

func TestFormulas(t *testing.T) {
	pySrc := `import hashlib
def f(x):
    hashlib.md5(x)
    hashlib.sha256(x)
    eval(x)
    eval("1")
def g(y):
    if safe(y):
        eval(y)
`
	cases := []struct {
		name string
		f    *rule.Formula
		want []string
	}{
		{"pattern", pat("hashlib.md5(...)"), []string{"L3 hashlib.md5(x)"}},
		{"either", or(pat("hashlib.md5(...)"), pat("hashlib.sha256(...)")),
			[]string{"L3 hashlib.md5(x)", "L4 hashlib.sha256(x)"}},
		{"patterns not", and(pat("eval($X)"), wrap(rule.OpNot, pat(`eval("...")`))),
			[]string{"L5 eval(x) $X=x", "L9 eval(y) $X=y"}},
		{"inside", and(pat("eval($X)"), wrap(rule.OpInside, pat("def g(...): ..."))), []string{"L9 eval(y) $X=y"}},
		{"inside binds", and(pat("eval($X)"), wrap(rule.OpInside, pat("def $F($X): ..."))),
			[]string{"L5 eval(x) $F=f $X=x", "L9 eval(y) $F=g $X=y"}},
		{"not inside", and(pat("eval($X)"), wrap(rule.OpNotInside, pat("if safe($X):\n    ..."))),
			[]string{"L5 eval(x) $X=x", `L6 eval("1") $X="1"`}},
		{"intersect positives", and(pat("eval($X)"), pat("$F(x)")), []string{"L5 eval(x) $F=eval $X=x"}},
		{"regex", regex(`hashlib\.(?P<ALG>md5|sha1)`), []string{"L3 hashlib.md5 $ALG=md5"}},
		{"regex numbered", regex(`eval\((\w)\)`), []string{"L5 eval(x) $1=x", "L9 eval(y) $1=y"}},
		{"not regex", and(pat("eval($X)"), &rule.Formula{Op: rule.OpNotRegex, Pattern: `eval\("`, Line: 1}),
			[]string{"L5 eval(x) $X=x", "L9 eval(y) $X=y"}},
		{"not regex on a candidate's line only", and(pat("hashlib.$H(x)"), &rule.Formula{Op: rule.OpNotRegex, Pattern: `sha256`, Line: 1}),
			[]string{"L3 hashlib.md5(x) $H=md5"}},
		{"not regex containing the candidate", and(pat("$F(x)"), &rule.Formula{Op: rule.OpNotRegex, Pattern: `hashlib\.\w+\(x\)`, Line: 1}),
			[]string{"L5 eval(x) $F=eval"}},
		{"metavariable-regex", with(and(pat("hashlib.$H(...)")), &rule.Condition{Kind: rule.CondRegex, Metavariable: "$H", Regex: "md5|sha1"}),
			[]string{"L3 hashlib.md5(x) $H=md5"}},
		{"metavariable-regex anchored", with(and(pat("hashlib.$H(...)")), &rule.Condition{Kind: rule.CondRegex, Metavariable: "$H", Regex: "256"}),
			nil},
		{"metavariable-pattern", with(and(pat("$F($X)")), &rule.Condition{Kind: rule.CondPattern, Metavariable: "$F",
			Formula: or(pat("eval"), pat("hashlib.sha256"))}),
			[]string{"L4 hashlib.sha256(x) $F=hashlib.sha256 $X=x", `L5 eval(x) $F=eval $X=x`, `L6 eval("1") $F=eval $X="1"`, "L9 eval(y) $F=eval $X=y"}},
		{"metavariable-pattern generic", with(and(pat("eval($X)")), &rule.Condition{Kind: rule.CondPattern, Metavariable: "$X",
			Language: "generic", Formula: regex(`^"\d`)}),
			[]string{`L6 eval("1") $X="1"`}},
		{"focus", func() *rule.Formula {
			f := and(pat("hashlib.$H($X)"))
			f.Focus = []string{"$X"}
			return f
		}(), []string{"L3 x $H=md5 $X=x", "L4 x $H=sha256 $X=x"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := eval(t, "python", pySrc, c.f)
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestComparisonCondition(t *testing.T) {
	src := "a = RSA.generate(1024)\nb = RSA.generate(4096)\nc = RSA.generate(0x400)\nos.chmod(p, 0o777)\nos.chmod(q, 0o600)\nt = '512'\n"
	cmpCond := func(expr string, base int, strip bool) *rule.Condition {
		return &rule.Condition{Kind: rule.CondComparison, Metavariable: "$N", Comparison: expr, Base: base, Strip: strip}
	}
	cases := []struct {
		name string
		f    *rule.Formula
		want []string
	}{
		{"int", with(and(pat("RSA.generate($N)")), cmpCond("$N < 2048", 0, false)),
			[]string{"L1 RSA.generate(1024) $N=1024", "L3 RSA.generate(0x400) $N=0x400"}},
		{"octal", with(and(pat("os.chmod($P, $N)")), cmpCond("$N > 0o600", 0, false)), []string{"L4 os.chmod(p, 0o777) $N=0o777 $P=p"}},
		{"base", with(and(pat("RSA.generate($N)")), cmpCond("$N == 4132", 16, false)), []string{"L1 RSA.generate(1024) $N=1024"}},
		{"modulo", with(and(pat("os.chmod($P, $N)")), cmpCond("$N % 8 == 7", 0, false)),
			[]string{"L4 os.chmod(p, 0o777) $N=0o777 $P=p"}},
		{"strip", with(and(pat("$V = $N")), cmpCond("$N < 1000", 0, true)),
			[]string{"L6 t = '512' $N='512' $V=t"}},
		{"no strip string", with(and(pat("$V = $N")), cmpCond("$N == '512'", 0, false)),
			[]string{"L6 t = '512' $N='512' $V=t"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := eval(t, "python", src, c.f)
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestCompileErrors(t *testing.T) {
	l := registry.Lookup("python")
	cases := []struct {
		name string
		f    *rule.Formula
		want string
	}{
		{"bad pattern", &rule.Formula{Op: rule.OpPattern, Pattern: "foo(", Line: 7}, `line 7: parsing pattern "foo("`},
		{"lookahead", &rule.Formula{Op: rule.OpRegex, Pattern: "a(?=b)", Line: 3}, "line 3: regex \"a(?=b)\" uses a lookahead"},
		{"no positive", &rule.Formula{Op: rule.OpAnd, Line: 4, Children: []*rule.Formula{wrap(rule.OpNot, pat("a"))}}, "line 4: patterns needs at least one positive"},
		{"bad comparison", with(and(pat("f($X)")), &rule.Condition{Kind: rule.CondComparison, Comparison: "$X <", Line: 9}), "line 9: metavariable-comparison"},
		{"bad metavariable regex", with(and(pat("f($X)")), &rule.Condition{Kind: rule.CondRegex, Metavariable: "$X", Regex: "(?<!a)b", Line: 5}), "line 5: metavariable-regex"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Compile(l, c.f)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error = %v, want it to contain %q", err, c.want)
			}
		})
	}
}

func TestLiterals(t *testing.T) {
	l := registry.Lookup("python")
	q, err := Compile(l, and(or(pat("hashlib.md5(...)"), pat("hashlib.new('md5')")), wrap(rule.OpNot, pat("foo(...)"))))
	if err != nil {
		t.Fatal(err)
	}
	got := q.Literals()
	want := [][]string{{"hashlib"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
