package search

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestEvalComparison(t *testing.T) {
	vars := map[string]any{"$A": int64(10), "$B": 2.5, "$S": "abc", "$T": true}
	lookup := func(n string) (any, bool) { v, ok := vars[n]; return v, ok }
	cases := []struct {
		expr string
		want any
	}{
		{"$A > 5", true},
		{"$A >= 10 and $A < 11", true},
		{"$A == 10.0", true},
		{"$A != 10", false},
		{"not $A == 10", false},
		{"$A + 2 * 3", int64(16)},
		{"($A + 2) * 3", int64(36)},
		{"$A / 4", 2.5},
		{"$A // 4", int64(2)},
		{"-7 // 2", int64(-4)},
		{"-7 % 3", int64(2)},
		{"$A % 3", int64(1)},
		{"$B * 2", 5.0},
		{"$S == 'abc'", true},
		{`$S == "abd"`, false},
		{"$S < 'b'", true},
		{"'b' in $S", true},
		{"$A in [1, 10, 100]", true},
		{"$A not in [1, 100]", true},
		{"int('42') + 1", int64(43)},
		{"int(3.9)", int64(3)},
		{"str($A) == '10'", true},
		{"re.match('a.c', $S)", true},
		{"re.match('b', $S)", false},
		{"len($S)", int64(3)},
		{"$T or $A < 0", true},
		{"True and False", false},
		{"0x10 == 16", true},
		{"1_000 == 1000", true},
	}
	for _, c := range cases {
		t.Run(c.expr, func(t *testing.T) {
			e, err := parseComparison(c.expr)
			if err != nil {
				t.Fatalf("parse: %v", err)
			}
			got, err := evalComparison(e, lookup)
			if err != nil {
				t.Fatalf("eval: %v", err)
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestEvalComparisonErrors(t *testing.T) {
	for _, expr := range []string{"$A <", "(", "foo(1)", "$a", "'x", "re.search('a', $A)", "1 ++", "[1, 2"} {
		if _, err := parseComparison(expr); err == nil {
			t.Errorf("parseComparison(%q) succeeded", expr)
		}
	}
	lookup := func(string) (any, bool) { return nil, false }
	for _, expr := range []string{"$X > 1", "1 / 0", "'a' - 1", "1 % 0"} {
		e, err := parseComparison(expr)
		if err != nil {
			t.Fatalf("parse %q: %v", expr, err)
		}
		if _, err := evalComparison(e, lookup); err == nil {
			t.Errorf("evalComparison(%q) succeeded", expr)
		}
	}
}
