// Package ruletest runs Semgrep-convention rule tests: for every rule file
// X.yaml it finds the test files X.<ext> beside it, reads their
// `ruleid:` / `ok:` / `todoruleid:` / `todook:` annotations, runs the rules
// through the same sast analyzer a scan uses (prefilter and path filters
// included) and compares the lines that must and must not match. It owns
// annotation parsing and the test report; it reads files only from the
// fs.FS it is given and prints nothing except through Report.Write.
package ruletest

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"

	"github.com/vouchsec/vouch/analysis"
	"github.com/vouchsec/vouch/finding"
	"github.com/vouchsec/vouch/sast/lang"
	"github.com/vouchsec/vouch/sast/rule"
)

// Options tune what counts as a failure.
type Options struct {
	// RequireTests fails a rule without a test file holding at least one
	// `ruleid:` and one `ok:` annotation for it (used for built-in rules).
	RequireTests bool
	// RequireMetadata fails a rule whose metadata lacks cwe, owasp,
	// confidence, description, exploit or remediation.
	RequireMetadata bool
}

// Line is one line of a test file.
type Line struct {
	Path string
	Line int
	Code string // the line's text, trimmed
}

func (l Line) String() string { return fmt.Sprintf("%s:%d: %s", l.Path, l.Line, l.Code) }

// RuleResult is the outcome for one rule.
type RuleResult struct {
	ID    string
	File  string   // the rule file
	Tests []string // test files run
	// Counts of annotations for this rule over all its test files.
	Expected, OK, Todo int
	// Missing: `ruleid:` lines without a finding. Unexpected: findings on
	// lines not marked ruleid (marked ok, or unmarked). TodoPasses:
	// `todoruleid:` lines that now match (not failures: promote them).
	Missing, Unexpected, TodoPasses []Line
	// OKHits is the part of Unexpected on lines marked `ok:` (the
	// precision failures).
	OKHits []Line
	// Problems are other failures: no test file, compile errors, missing
	// metadata, errors while running.
	Problems []string
}

// Passed reports whether the rule passed.
func (r *RuleResult) Passed() bool {
	return len(r.Missing) == 0 && len(r.Unexpected) == 0 && len(r.Problems) == 0
}

// Report is the outcome of a test run.
type Report struct {
	Dir   string
	Rules []*RuleResult // sorted by ID
	// Errors are failures not tied to one rule: rule files that do not
	// load, test files that cannot be read or parsed, annotations naming
	// rules that do not exist.
	Errors []string
}

// Failed reports whether anything failed.
func (r *Report) Failed() bool {
	if len(r.Errors) > 0 {
		return true
	}
	for _, rr := range r.Rules {
		if !rr.Passed() {
			return true
		}
	}
	return false
}

// RunPath runs the tests of a directory of the OS file system.
func RunPath(ctx context.Context, reg *lang.Registry, dir string, opts Options) (*Report, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("rule tests: %w", err)
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("rule tests: %s is not a directory", dir)
	}
	rep, err := Run(ctx, reg, os.DirFS(dir), ".", opts)
	if rep != nil {
		rep.Dir = dir
	}
	return rep, err
}

// Run runs the tests of every rule file under dir in fsys (recursively,
// hidden directories skipped). The returned error is for failures to run at
// all (walking fsys, ctx); test failures are in the Report.
func Run(ctx context.Context, reg *lang.Registry, fsys fs.FS, dir string, opts Options) (*Report, error) {
	rep := &Report{Dir: dir}
	var ruleFiles []string
	files := map[string][]string{} // directory -> file names
	err := fs.WalkDir(fsys, dir, func(name string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if e.IsDir() {
			if name != dir && strings.HasPrefix(e.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		if !e.Type().IsRegular() {
			return nil
		}
		if rule.IsRuleFile(name) {
			ruleFiles = append(ruleFiles, name)
		}
		files[path.Dir(name)] = append(files[path.Dir(name)], path.Base(name))
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("rule tests in %s: %w", dir, err)
	}
	sort.Strings(ruleFiles)
	var all []*rule.Rule
	for _, rf := range ruleFiles {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		rules, err := testRuleFile(ctx, reg, fsys, rf, files[path.Dir(rf)], opts, rep)
		if err != nil {
			return nil, err
		}
		all = append(all, rules...)
	}
	if err := rule.CheckUnique(all); err != nil {
		rep.Errors = append(rep.Errors, strings.Split(err.Error(), "\n")...)
	}
	sort.Slice(rep.Rules, func(i, j int) bool { return rep.Rules[i].ID < rep.Rules[j].ID })
	return rep, nil
}

// testFilesFor lists the test files of rule file rf among the names of its
// directory: same base name, an extension of one of the rules' target
// languages (any extension but .yaml/.yml for regex/generic rules).
func testFilesFor(reg *lang.Registry, rf string, names []string, rules []*rule.Rule) []string {
	base := strings.TrimSuffix(path.Base(rf), path.Ext(rf))
	exts := map[string]bool{}
	anyExt := false
	for _, r := range rules {
		for _, ln := range r.Languages {
			if rule.IsTextLanguage(ln) {
				anyExt = true
				continue
			}
			for _, l := range targets(reg, ln) {
				for _, e := range l.Extensions {
					exts[e] = true
				}
			}
		}
	}
	var out []string
	for _, n := range names {
		if !strings.HasPrefix(n, base+".") || rule.IsRuleFile(n) || strings.HasSuffix(n, ".yaml") || strings.HasSuffix(n, ".yml") {
			continue
		}
		ext := n[len(base):]
		if exts[ext] || (anyExt && !strings.Contains(ext[1:], ".")) {
			out = append(out, path.Join(path.Dir(rf), n))
		}
	}
	sort.Strings(out)
	return out
}

// targets returns the parsed languages a rule language runs on
// (typescript also runs on tsx, as in the analyzer).
func targets(reg *lang.Registry, name string) []*lang.Language {
	var out []*lang.Language
	if l := reg.Lookup(name); l != nil {
		out = append(out, l)
	}
	if name == "typescript" {
		if l := reg.Lookup("tsx"); l != nil {
			out = append(out, l)
		}
	}
	return out
}

// languageOf finds a test file's language by extension; nil when none.
func languageOf(reg *lang.Registry, name string) *lang.Language {
	ext := path.Ext(name)
	for _, l := range reg.All() {
		for _, e := range l.Extensions {
			if e == ext {
				return l
			}
		}
	}
	return nil
}

// runAnalyzer runs an analyzer over one test file like the scan driver
// does and returns its findings.
func runAnalyzer(ctx context.Context, a *analysis.Analyzer, f *analysis.File) ([]finding.Finding, error) {
	if !a.Wants(f) {
		return nil, nil
	}
	var out []finding.Finding
	err := a.Run(ctx, &analysis.Pass{File: f, Report: func(fd finding.Finding) { out = append(out, fd) }})
	return out, err
}
