package ruletest

import (
	"context"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/vouchsec/vouch/analysis"
	"github.com/vouchsec/vouch/sast"
	"github.com/vouchsec/vouch/sast/lang"
	"github.com/vouchsec/vouch/sast/rule"
)

// maxTestFileSize bounds one test file.
const maxTestFileSize = 4 << 20

// testFile is one parsed test file.
type testFile struct {
	file  *analysis.File
	lines []string
	anns  []Annotation
}

// testRuleFile loads one rule file, runs its rules over its test files and
// appends the results to rep. It returns the loaded rules.
func testRuleFile(ctx context.Context, reg *lang.Registry, fsys fs.FS, rf string, siblings []string, opts Options, rep *Report) ([]*rule.Rule, error) {
	data, err := fs.ReadFile(fsys, rf)
	if err != nil {
		rep.Errors = append(rep.Errors, fmt.Sprintf("%s: %v", rf, err))
		return nil, nil
	}
	rules, err := rule.Parse(data, rf)
	if err != nil {
		rep.Errors = append(rep.Errors, strings.Split(err.Error(), "\n")...)
		return nil, nil
	}
	ids := map[string]bool{}
	for _, r := range rules {
		ids[r.ID] = true
	}
	var tests []*testFile
	for _, name := range testFilesFor(reg, rf, siblings, rules) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		tf, err := loadTestFile(ctx, reg, fsys, name)
		if err != nil {
			rep.Errors = append(rep.Errors, err.Error())
			continue
		}
		for _, a := range tf.anns {
			if !ids[a.RuleID] {
				rep.Errors = append(rep.Errors, fmt.Sprintf("%s:%d: annotation names rule %q, which %s does not define", name, a.At, a.RuleID, rf))
			}
		}
		tests = append(tests, tf)
	}
	for _, r := range rules {
		res := &RuleResult{ID: r.ID, File: rf}
		rep.Rules = append(rep.Rules, res)
		if opts.RequireMetadata {
			res.Problems = append(res.Problems, missingMetadata(r)...)
		}
		// Like Semgrep's test mode, ignore `paths:`: the test file is
		// named after the rule, not after the files the rule targets.
		tr := *r
		tr.Paths = rule.Paths{}
		a, err := sast.New(reg, []*rule.Rule{&tr})
		if err != nil {
			res.Problems = append(res.Problems, "does not compile: "+err.Error())
			continue
		}
		for _, tf := range tests {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if !runsOn(r, tf.file.Language) {
				continue
			}
			res.Tests = append(res.Tests, tf.file.Path)
			findings, err := runAnalyzer(ctx, a, tf.file)
			if err != nil {
				res.Problems = append(res.Problems, fmt.Sprintf("%s: %v", tf.file.Path, err))
			}
			reported := map[int]bool{}
			for _, fd := range findings {
				if fd.RuleID == r.ID {
					reported[fd.Range.Start.Line] = true
				}
			}
			compare(res, tf, reported)
		}
		if opts.RequireTests {
			switch {
			case len(res.Tests) == 0:
				res.Problems = append(res.Problems, "no test file (want "+strings.TrimSuffix(rf, path.Ext(rf))+".<ext> beside the rule)")
			case res.Expected == 0:
				res.Problems = append(res.Problems, "no `ruleid:` annotation in its test files")
			case res.OK == 0:
				res.Problems = append(res.Problems, "no `ok:` annotation in its test files")
			}
		}
	}
	return rules, nil
}

// runsOn reports whether the rule applies to a file of language l.
func runsOn(r *rule.Rule, l string) bool {
	for _, rl := range r.Languages {
		if rl == l || (rl == "typescript" && l == "tsx") || rule.IsTextLanguage(rl) {
			return true
		}
	}
	return false
}

func loadTestFile(ctx context.Context, reg *lang.Registry, fsys fs.FS, name string) (*testFile, error) {
	info, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, err
	}
	if info.Size() > maxTestFileSize {
		return nil, fmt.Errorf("%s: test file larger than %d bytes", name, maxTestFileSize)
	}
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	f := &analysis.File{Path: name, Content: data}
	if l := languageOf(reg, name); l != nil {
		f.Language = l.Name
		t, err := l.Parse(ctx, data)
		if err != nil {
			return nil, fmt.Errorf("parsing %s: %w", name, err)
		}
		f.Tree = t
	}
	src := string(data)
	return &testFile{file: f, lines: strings.Split(src, "\n"), anns: ParseAnnotations(src)}, nil
}

// compare checks one rule's reported lines in one test file against the
// file's annotations for that rule.
func compare(res *RuleResult, tf *testFile, reported map[int]bool) {
	kinds := map[int]Kind{} // line -> strongest annotation for this rule
	for _, a := range tf.anns {
		if a.RuleID != res.ID {
			continue
		}
		switch a.Kind {
		case RuleID:
			res.Expected++
		case OK:
			res.OK++
		default:
			res.Todo++
		}
		if k, ok := kinds[a.Line]; !ok || a.Kind == RuleID || (k != RuleID && a.Kind != OK) {
			kinds[a.Line] = a.Kind
		}
	}
	line := func(n int) Line {
		code := ""
		if n-1 < len(tf.lines) {
			code = strings.TrimSpace(tf.lines[n-1])
		}
		return Line{Path: tf.file.Path, Line: n, Code: code}
	}
	for n := 1; n <= len(tf.lines); n++ {
		k, annotated := kinds[n]
		got := reported[n]
		switch {
		case annotated && k == RuleID && !got:
			res.Missing = append(res.Missing, line(n))
		case annotated && k == TodoRuleID && got:
			res.TodoPasses = append(res.TodoPasses, line(n))
		case got && (!annotated || k == OK):
			res.Unexpected = append(res.Unexpected, line(n))
			if annotated {
				res.OKHits = append(res.OKHits, line(n))
			}
		}
	}
}

// missingMetadata lists the metadata a built-in rule must carry.
func missingMetadata(r *rule.Rule) []string {
	var out []string
	for _, key := range []string{"cwe", "owasp", "confidence", "description", "exploit", "remediation", "references"} {
		v, ok := r.Metadata[key]
		if !ok || v == nil || fmt.Sprint(v) == "" || fmt.Sprint(v) == "[]" {
			out = append(out, "metadata lacks "+key)
		}
	}
	return out
}
