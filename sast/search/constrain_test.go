package search

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vouchsec/vouch/sast/rule"
)

// TestConstraintsBeforeRecording: a metavariable-regex on a metavariable
// of the only positive pattern is checked by the matcher before a
// solution is recorded, so solutions it rejects do not use up the
// per-node solution bound (the 25th argument is still found), and
// patterns elsewhere in the formula are not filtered by it.
func TestConstraintsBeforeRecording(t *testing.T) {
	var args []string
	for i := range 24 {
		args = append(args, fmt.Sprintf("a%d", i))
	}
	src := "f(" + strings.Join(args, ", ") + ", secret)\n"
	secret := func() *rule.Condition {
		return &rule.Condition{Kind: rule.CondRegex, Metavariable: "$X", Regex: `^secret$`, Line: 1}
	}
	cases := []struct {
		name string
		f    *rule.Formula
		want []string
	}{
		{"pattern", with(and(pat(`f(..., $X, ...)`)), secret()), []string{"L1 $X=secret"}},
		{"either", with(and(or(pat(`g(..., $X, ...)`), pat(`f(..., $X, ...)`))), secret()), []string{"L1 $X=secret"}},
		{"nested patterns", with(and(and(pat(`f(..., $X, ...)`), wrap(rule.OpNot, pat(`f(a0)`)))), secret()), []string{"L1 $X=secret"}},
		{"inside binds too", with(and(pat(`f(..., $X, ...)`), wrap(rule.OpInside, pat(`f(...)`))), secret()), []string{"L1 $X=secret"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := evalAll(t, "python", src, c.f)
			for i := range got {
				got[i] = got[i][:2] + got[i][strings.LastIndexByte(got[i], ' '):]
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
