package pattern

import (
	"context"
	"regexp"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestWhere: constraints drop solutions before they are recorded; a
// constraint on a metavariable the pattern does not bind is ignored.
func TestWhere(t *testing.T) {
	l := registry.Lookup("python")
	src := "f(a, key)\nf(b, c)\nf(\"k\", \"api_key\")\n"
	tr, err := l.Parse(context.Background(), []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		pattern string
		cs      []Constraint
		want    []string
	}{
		{"f($A, $B)", []Constraint{{"$B", regexp.MustCompile(`\A(?:key|c)`)}}, []string{"L1 $A=a $B=key", "L2 $A=b $B=c"}},
		{"f($A, $B)", []Constraint{{"$B", regexp.MustCompile(`\Akey`)}, {"$A", regexp.MustCompile(`\Ab`)}}, nil},
		{"f(..., $X, ...)", []Constraint{{"$X", regexp.MustCompile(`\Ab`)}}, []string{"L2 $X=b"}},
		{`f("$S", ...)`, []Constraint{{"$S", regexp.MustCompile(`\Ak\z`)}}, []string{"L3 $S=k"}},
		{"f($A, $B)", []Constraint{{"$Z", regexp.MustCompile(`\Anever`)}}, []string{"L1 $A=a $B=key", "L2 $A=b $B=c", `L3 $A="k" $B="api_key"`}},
	}
	for _, c := range cases {
		p, err := Compile(l, c.pattern)
		if err != nil {
			t.Fatal(err)
		}
		ms, err := p.Where(c.cs).Match(context.Background(), tr)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(c.want, render(ms)); diff != "" {
			t.Errorf("%s %v (-want +got):\n%s", c.pattern, c.cs, diff)
		}
	}
}
