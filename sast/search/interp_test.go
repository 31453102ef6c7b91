package search

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vouchsec/vouch/sast/pattern"
	"github.com/vouchsec/vouch/sast/rule"
)

// TestInterpolationSolutions: f"...{$X}..." (and a JS template) yields
// one solution per interpolation, so a metavariable-regex on $X picks
// the right one wherever it sits in the string.
func TestInterpolationSolutions(t *testing.T) {
	key := &rule.Condition{Kind: rule.CondRegex, Metavariable: "$X", Regex: `(?i).*key`}
	py := "log(f\"calling {url} with key {api_key}\")\nlog(f\"{api_key} then {url}\")\nlog(f\"{url}\")\n"
	js := "log(`calling ${url} with key ${api_key}`);\nlog(`${url}`);\n"
	cases := []struct {
		name, lang, src string
		f               *rule.Formula
		want            []string
	}{
		{"python all", "python", py, and(pat(`log(f"...{$X}...")`)), []string{
			`L1 log(f"calling {url} with key {api_key}") $X=url`, `L1 log(f"calling {url} with key {api_key}") $X=api_key`,
			`L2 log(f"{api_key} then {url}") $X=api_key`, `L2 log(f"{api_key} then {url}") $X=url`,
			`L3 log(f"{url}") $X=url`}},
		{"python regex picks", "python", py, with(and(pat(`log(f"...{$X}...")`)), key), []string{
			`L1 log(f"calling {url} with key {api_key}") $X=api_key`, `L2 log(f"{api_key} then {url}") $X=api_key`}},
		{"js regex picks", "javascript", js, with(and(pat("log(`...${$X}...`)")), key), []string{
			"L1 log(`calling ${url} with key ${api_key}`) $X=api_key"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := eval(t, c.lang, c.src, c.f)
			if c.name == "python all" {
				got = evalAll(t, c.lang, c.src, c.f)
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// evalAll is eval without EvalIndex's one-match-per-range reduction: every
// solution of the formula, in order.
func evalAll(t *testing.T, language, src string, f *rule.Formula) []string {
	t.Helper()
	q, ix := setup(t, language, src, f, false)
	its, err := newEvaluator(context.Background(), ix).eval(q.root, nil)
	if err != nil {
		t.Fatal(err)
	}
	ms := make([]pattern.Match, len(its))
	for i := range its {
		ms[i] = its[i].Match
	}
	return render(ms, src)
}
