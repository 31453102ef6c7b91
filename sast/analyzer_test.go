package sast

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vouchsec/vouch/analysis"
	"github.com/vouchsec/vouch/finding"
	"github.com/vouchsec/vouch/sast/lang"
	"github.com/vouchsec/vouch/sast/rule"
)

const testRules = `rules:
  - id: t.md5
    languages: [python]
    severity: MEDIUM
    message: $H.md5($...ARGS) is weak; $UNBOUND stays
    metadata:
      cwe: "CWE-328: Use of Weak Hash"
      owasp: "A02:2021 - Cryptographic Failures"
      confidence: HIGH
    pattern: $H.md5($...ARGS)
    fix: $H.sha256($...ARGS)
  - id: t.verify
    languages: [python]
    severity: HIGH
    message: TLS verification disabled
    pattern: requests.get(..., verify=False)
    fix-regex:
      regex: verify=False
      replacement: verify=True
    paths:
      exclude: ["tests/"]
  - id: t.taint
    mode: taint
    languages: [python]
    severity: HIGH
    message: $SOURCE reaches $SINK
    pattern-sources:
      - pattern: input()
    pattern-sinks:
      - pattern: os.system(...)
  - id: t.regex
    languages: [regex]
    severity: LOW
    message: token $T
    pattern-regex: tok_(?P<T>[a-z]+)
  - id: t.ts
    languages: [typescript]
    severity: LOW
    message: html
    pattern: <div dangerouslySetInnerHTML={$X} />
`

const testSrc = `import hashlib, os, requests
d = hashlib.md5(data,
    more)
requests.get(u, verify=False)
x = input()
os.system("ls " + x)
# tok_abc
`

func newTestAnalyzer(t *testing.T) (*analysis.Analyzer, *lang.Registry) {
	t.Helper()
	rs, err := rule.Parse([]byte(testRules), "t.yaml")
	if err != nil {
		t.Fatal(err)
	}
	reg := lang.NewRegistry()
	a, err := New(reg, rs)
	if err != nil {
		t.Fatal(err)
	}
	return a, reg
}

func runOn(t *testing.T, a *analysis.Analyzer, reg *lang.Registry, path, language, src string) []finding.Finding {
	t.Helper()
	f := &analysis.File{Path: path, Language: language, Content: []byte(src)}
	if l := reg.Lookup(language); l != nil {
		tree, err := l.Parse(context.Background(), f.Content)
		if err != nil {
			t.Fatal(err)
		}
		f.Tree = tree
	}
	var out []finding.Finding
	if err := a.Run(context.Background(), &analysis.Pass{File: f, Report: func(fd finding.Finding) { out = append(out, fd) }}); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestAnalyzerFindings(t *testing.T) {
	a, reg := newTestAnalyzer(t)
	got := runOn(t, a, reg, "app/main.py", "python", testSrc)
	type brief struct {
		Rule, Msg  string
		Start, End finding.Position
		Fix        string
		TraceLen   int
		CWE        []string
		Conf       finding.Confidence
	}
	var briefs []brief
	for _, fd := range got {
		b := brief{Rule: fd.RuleID, Msg: fd.Message, Start: fd.Range.Start, End: fd.Range.End, TraceLen: len(fd.Trace), CWE: fd.CWE, Conf: fd.Confidence}
		if len(fd.Fixes) == 1 {
			b.Fix = fd.Fixes[0].Edits[0].NewText
			if e := fd.Fixes[0].Edits[0]; testSrc[e.StartByte:e.EndByte] != testSrc[fd.Range.StartByte:fd.Range.EndByte] {
				t.Errorf("%s: fix edit range differs from the finding range", fd.RuleID)
			}
		}
		if fd.Range.Path != "app/main.py" {
			t.Errorf("path %q", fd.Range.Path)
		}
		briefs = append(briefs, b)
	}
	want := []brief{
		{Rule: "t.md5", Msg: "hashlib.md5(data, more) is weak; $UNBOUND stays", Start: finding.Position{Line: 2, Column: 5}, End: finding.Position{Line: 3, Column: 10},
			Fix: "hashlib.sha256(data,\n    more)", CWE: []string{"CWE-328"}, Conf: finding.ConfidenceHigh},
		{Rule: "t.verify", Msg: "TLS verification disabled", Start: finding.Position{Line: 4, Column: 1}, End: finding.Position{Line: 4, Column: 30},
			Fix: "requests.get(u, verify=True)", Conf: finding.ConfidenceMedium},
		{Rule: "t.taint", Msg: "input() reaches os.system(\"ls \" + x)", Start: finding.Position{Line: 6, Column: 1}, End: finding.Position{Line: 6, Column: 21}, TraceLen: -1, Conf: finding.ConfidenceMedium},
		{Rule: "t.regex", Msg: "token abc", Start: finding.Position{Line: 7, Column: 3}, End: finding.Position{Line: 7, Column: 10}, Conf: finding.ConfidenceMedium},
	}
	for i := range briefs {
		if briefs[i].Rule == "t.taint" {
			if briefs[i].TraceLen == 0 {
				t.Errorf("taint finding without trace")
			}
			briefs[i].TraceLen = -1
		}
	}
	if diff := cmp.Diff(want, briefs); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestAnalyzerPathsAndWants(t *testing.T) {
	a, reg := newTestAnalyzer(t)
	got := runOn(t, a, reg, "tests/test_x.py", "python", "requests.get(u, verify=False)\n")
	if len(got) != 0 {
		t.Errorf("excluded path reported %v", got)
	}
	// Regex rules make every file wanted, even one of no known language.
	if !a.Wants(&analysis.File{Path: "x.txt"}) {
		t.Error("regex rule: want every file")
	}
	if got := runOn(t, a, reg, "notes.txt", "", "tok_xyz"); len(got) != 1 || got[0].Message != "token xyz" {
		t.Errorf("text file: %v", got)
	}
	// A typescript rule runs on tsx (JSX patterns compile with the TSX grammar).
	if got := runOn(t, a, reg, "a.tsx", "tsx", "const a = <div dangerouslySetInnerHTML={h} />;\n"); len(got) != 1 {
		t.Errorf("tsx: %v", got)
	}
	var ids []string
	for _, r := range a.Rules {
		ids = append(ids, r.ID)
	}
	if diff := cmp.Diff([]string{"t.md5", "t.regex", "t.taint", "t.ts", "t.verify"}, ids); diff != "" {
		t.Errorf("Rules: %s", diff)
	}
}

func TestNewReportsAllCompileErrors(t *testing.T) {
	src := `rules:
  - {id: bad.one, languages: [python], severity: LOW, message: m, pattern: "foo(("}
  - {id: good, languages: [python], severity: LOW, message: m, pattern: "foo()"}
  - {id: bad.two, languages: [go, java], severity: LOW, message: m, pattern: "a b c ) ("}
`
	rs, err := rule.Parse([]byte(src), "e.yaml")
	if err != nil {
		t.Fatal(err)
	}
	_, err = New(lang.NewRegistry(), rs)
	if err == nil {
		t.Fatal("want error")
	}
	lines := strings.Split(err.Error(), "\n")
	var prefixes []string
	for _, l := range lines {
		if i := strings.Index(l, "): "); i > 0 {
			prefixes = append(prefixes, l[:i+1])
		}
	}
	want := []string{`e.yaml:2: rule "bad.one" (python)`, `e.yaml:4: rule "bad.two" (go)`, `e.yaml:4: rule "bad.two" (java)`}
	if diff := cmp.Diff(want, prefixes); diff != "" {
		t.Errorf("(-want +got):\n%s\nfull error:\n%v", diff, err)
	}
}
