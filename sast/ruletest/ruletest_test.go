package ruletest

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/vouchsec/vouch/sast/lang"
	"github.com/vouchsec/vouch/sast/rule"
)

const regexRule = `rules:
  - id: t.md5
    languages: [regex]
    severity: LOW
    message: md5 call
    pattern-regex: md5\(
`

const regexRuleMeta = `rules:
  - id: t.md5
    languages: [regex]
    severity: LOW
    message: md5 call
    pattern-regex: md5\(
    metadata:
      cwe: "CWE-328: Use of Weak Hash"
      owasp: "A02:2021 - Cryptographic Failures"
      confidence: HIGH
      description: d
      exploit: e
      remediation: r
      references: [https://cwe.mitre.org/data/definitions/328.html]
`

func TestRunPass(t *testing.T) {
	fsys := fstest.MapFS{
		"r/t.yaml": {Data: []byte(regexRuleMeta)},
		"r/t.py": {Data: []byte(`# ruleid: t.md5
hashlib.md5(x)
# ok: t.md5
hashlib.sha256(x)
# todoruleid: t.md5
hashlib.new("md5")
# todook: t.md5
md5(1)  # a known false positive
`)},
		"r/other.py": {Data: []byte("md5(1)\n")},
	}
	rep, err := Run(context.Background(), lang.NewRegistry(), fsys, "r", Options{RequireTests: true, RequireMetadata: true})
	if err != nil {
		t.Fatal(err)
	}
	want := []*RuleResult{{ID: "t.md5", File: "r/t.yaml", Tests: []string{"r/t.py"}, Expected: 1, OK: 1, Todo: 2}}
	if diff := cmp.Diff(want, rep.Rules); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if rep.Failed() || len(rep.Errors) > 0 {
		t.Errorf("failed: %v", rep.Errors)
	}
}

func TestRunFailures(t *testing.T) {
	fsys := fstest.MapFS{
		"t.yaml": {Data: []byte(regexRule)},
		"t.js": {Data: []byte(`// ruleid: t.md5
sha1(x)
// ok: t.md5
md5(x)
md5(y)
// todoruleid: t.md5
md5(z)
// ok: nosuch
f()
`)},
		"bad.yaml":      {Data: []byte("rules:\n  - id: bad\n")},
		"untested.yaml": {Data: []byte(strings.ReplaceAll(regexRule, "t.md5", "t.untested"))},
	}
	rep, err := Run(context.Background(), lang.NewRegistry(), fsys, ".", Options{RequireTests: true, RequireMetadata: true})
	if err != nil {
		t.Fatal(err)
	}
	meta := []string{"metadata lacks cwe", "metadata lacks owasp", "metadata lacks confidence", "metadata lacks description",
		"metadata lacks exploit", "metadata lacks remediation", "metadata lacks references"}
	want := []*RuleResult{
		{ID: "t.md5", File: "t.yaml", Tests: []string{"t.js"}, Expected: 1, OK: 1, Todo: 1,
			Missing:    []Line{{Path: "t.js", Line: 2, Code: "sha1(x)"}},
			Unexpected: []Line{{Path: "t.js", Line: 4, Code: "md5(x)"}, {Path: "t.js", Line: 5, Code: "md5(y)"}},
			OKHits:     []Line{{Path: "t.js", Line: 4, Code: "md5(x)"}},
			TodoPasses: []Line{{Path: "t.js", Line: 7, Code: "md5(z)"}},
			Problems:   meta},
		{ID: "t.untested", File: "untested.yaml", Problems: append(append([]string{}, meta...), "no test file (want untested.<ext> beside the rule)")},
	}
	if diff := cmp.Diff(want, rep.Rules); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	wantErrs := []string{
		`bad.yaml:2: rule "bad": missing or empty message`,
		`t.js:8: annotation names rule "nosuch", which t.yaml does not define`,
	}
	if diff := cmp.Diff(wantErrs, rep.Errors); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	var b strings.Builder
	if err := rep.Write(&b, true); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"FAIL  t.md5 (t.yaml)",
		"missing finding (ruleid)   t.js:2: sha1(x)",
		"unexpected finding         t.js:5: md5(y)",
		"todo now passes, make it ruleid: t.js:7: md5(z)",
		"ERROR bad.yaml:2",
		"2 rules, 0 passed, 2 failed, 1 todo annotations, 2 errors",
	} {
		if !strings.Contains(b.String(), s) {
			t.Errorf("report lacks %q:\n%s", s, b.String())
		}
	}
}

func TestTestFilesFor(t *testing.T) {
	reg := lang.NewRegistry()
	names := []string{"x.yaml", "x.js", "x.ts", "x.tsx", "x.py", "x.test.yaml", "xy.js", "x.min.js"}
	rf := "d/x.yaml"
	for _, tt := range []struct {
		langs string
		want  []string
	}{
		{"[javascript]", []string{"d/x.js"}},
		{"[javascript, typescript]", []string{"d/x.js", "d/x.ts", "d/x.tsx"}},
		{"[python]", []string{"d/x.py"}},
	} {
		rs := parseRules(t, "rules:\n  - {id: x, languages: "+tt.langs+", severity: LOW, message: m, pattern: a}\n")
		if diff := cmp.Diff(tt.want, testFilesFor(reg, rf, names, rs)); diff != "" {
			t.Errorf("%s: %s", tt.langs, diff)
		}
	}
}

func parseRules(t *testing.T, src string) []*rule.Rule {
	t.Helper()
	rs, err := rule.Parse([]byte(src), "x.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

// TestRunIgnoresPaths: like Semgrep's test mode, a rule's paths filter does
// not keep it from running on its own test file.
func TestRunIgnoresPaths(t *testing.T) {
	fsys := fstest.MapFS{
		"r/t.yaml": {Data: []byte(strings.Replace(regexRuleMeta, "    pattern-regex:", "    paths:\n      include: [\"*settings*.py\"]\n    pattern-regex:", 1))},
		"r/t.py":   {Data: []byte("# ruleid: t.md5\nhashlib.md5(x)\n")},
	}
	rep, err := Run(context.Background(), lang.NewRegistry(), fsys, "r", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Failed() {
		var b strings.Builder
		rep.Write(&b, true)
		t.Errorf("rule with paths.include failed on its test file:\n%s", b.String())
	}
}
