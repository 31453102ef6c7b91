// Package sast is the static-analysis analyzer: it compiles Semgrep-syntax
// rules (sast/rule) for every language they name, and for each file runs
// the rules of its language through the structural matcher (sast/search)
// or the taint engine (sast/taint), turning matches into findings with
// interpolated messages, traces and fixes. It owns the per-file prefilter
// (literal search) and rule path filters. It does no I/O, parses nothing
// itself (the driver hands it the shared tree) and knows nothing about
// reports or suppression comments.
package sast

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sort"

	"golang.org/x/sync/errgroup"

	"github.com/vouchsec/vouch/analysis"
	"github.com/vouchsec/vouch/finding"
	"github.com/vouchsec/vouch/sast/lang"
	"github.com/vouchsec/vouch/sast/pattern"
	"github.com/vouchsec/vouch/sast/rule"
)

// Version of the analyzer; bump when findings change for the same input.
const Version = "0.1.0"

// hit is one match of a rule in a file, independent of the engine.
type hit struct {
	match  pattern.Match  // the reported range and its bindings
	source *pattern.Match // taint: the source match
	trace  []finding.Step // taint: source-to-sink steps (Path empty)
}

// engine is a rule compiled for one language.
type engine interface {
	literals() [][]string
	run(ctx context.Context, fs *fileState) ([]hit, error)
}

// compiled is one rule compiled for one target language.
type compiled struct {
	rule   *rule.Rule
	engine engine
	pf     prefilter
	fixRe  *regexpFix
}

// langRules are the compiled rules of one target language, sharing one
// literal table.
type langRules struct {
	lang  *lang.Language // nil for text rules (regex/generic)
	rules []*compiled
	lits  *literalTable
}

// targetLanguages returns the sast/lang names a rule runs on: its own
// languages, with typescript also running on tsx. A javascript rule runs
// on javascript files only (including .jsx); to cover TypeScript a rule
// lists typescript too.
func targetLanguages(r *rule.Rule) []string {
	var out []string
	add := func(n string) {
		for _, x := range out {
			if x == n {
				return
			}
		}
		out = append(out, n)
	}
	for _, l := range r.Languages {
		add(l)
		if l == "typescript" {
			add("tsx")
		}
	}
	return out
}

// New compiles rules into the "sast" analyzer. Every compile error is
// reported (errors.Join), each naming the rule's file, ID and language.
// Rules are compiled in parallel; the result does not depend on the order.
func New(reg *lang.Registry, rules []*rule.Rule) (*analysis.Analyzer, error) {
	type job struct {
		r     *rule.Rule
		name  string
		l     *lang.Language // nil for text languages
		e     engine
		err   error
		fixRe *regexpFix
	}
	var (
		jobs  []*job
		errs  []error
		metas []finding.Rule
	)
	for _, r := range rules {
		metas = append(metas, r.Meta)
		fixRe, err := compileFixRegex(r)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s:%d: rule %q: %w", r.File, r.Line, r.ID, err))
			continue
		}
		for _, name := range targetLanguages(r) {
			j := &job{r: r, name: name, fixRe: fixRe}
			if !rule.IsTextLanguage(name) {
				if j.l = reg.Lookup(name); j.l == nil {
					errs = append(errs, fmt.Errorf("%s:%d: rule %q: language %q has no parser", r.File, r.Line, r.ID, name))
					continue
				}
			}
			jobs = append(jobs, j)
		}
	}
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for _, j := range jobs {
		g.Go(func() error {
			if j.l == nil {
				j.e, j.err = compileText(j.r.Formula)
			} else {
				// a pattern l's grammar rejects is compiled with the
				// sibling grammar (JavaScript with TypeScript's, TypeScript
				// and TSX with each other's) by sast/search, pattern by
				// pattern, as Semgrep's single TypeScript parser accepts
				// all three
				j.e, j.err = compileEngine(reg, j.l, j.r)
			}
			return nil
		})
	}
	_ = g.Wait() // errors are kept per job

	byLang := map[string]*langRules{}
	var text *langRules
	for _, j := range jobs {
		if j.err != nil {
			errs = append(errs, fmt.Errorf("%s:%d: rule %q (%s): %w", j.r.File, j.r.Line, j.r.ID, j.name, j.err))
			continue
		}
		var lr *langRules
		if j.l == nil {
			if text == nil {
				text = &langRules{lits: newLiteralTable()}
			}
			lr = text
		} else {
			if byLang[j.l.Name] == nil {
				byLang[j.l.Name] = &langRules{lang: j.l, lits: newLiteralTable()}
			}
			lr = byLang[j.l.Name]
		}
		lr.rules = append(lr.rules, &compiled{rule: j.r, engine: j.e, pf: lr.lits.add(j.e.literals()), fixRe: j.fixRe})
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	sort.Slice(metas, func(i, j int) bool { return metas[i].ID < metas[j].ID })
	a := &analyzer{byLang: byLang, text: text}
	return &analysis.Analyzer{
		Name:      "sast",
		Version:   Version,
		Doc:       "Semgrep-syntax static analysis: structural patterns and taint tracking over the shared syntax tree.",
		Wants:     a.wants,
		NeedsTree: true,
		Rules:     metas,
		Run:       a.run,
	}, nil
}

type analyzer struct {
	byLang map[string]*langRules
	text   *langRules // regex/generic rules: every file
}

// wants runs before the file is parsed: a file in which no rule's
// prefilter literals occur is not parsed at all.
func (a *analyzer) wants(f *analysis.File) bool {
	if a.text != nil {
		return true
	}
	lr := a.byLang[f.Language]
	if lr == nil {
		return false
	}
	pres := lr.lits.scan(f.Content)
	for _, c := range lr.rules {
		if pathAllowed(c.rule.Paths, f.Path) && pres.pass(c.pf) {
			return true
		}
	}
	return false
}

func (a *analyzer) run(ctx context.Context, pass *analysis.Pass) error {
	f := pass.File
	fs := &fileState{file: f}
	var errs []error
	for _, lr := range []*langRules{a.byLang[f.Language], a.text} {
		if lr == nil {
			continue
		}
		if lr.lang != nil && f.Tree == nil {
			return fmt.Errorf("sast: %s: no syntax tree", f.Path)
		}
		fs.lang = lr.lang
		fs.ix = nil
		pres := lr.lits.scan(f.Content)
		for _, c := range lr.rules {
			if err := ctx.Err(); err != nil {
				return err
			}
			if !pathAllowed(c.rule.Paths, f.Path) || !pres.pass(c.pf) {
				continue
			}
			hits, err := c.engine.run(ctx, fs)
			if err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				errs = append(errs, fmt.Errorf("rule %s: %w", c.rule.ID, err))
				continue
			}
			for _, fd := range c.findings(fs, hits) {
				pass.Report(fd)
			}
		}
	}
	return errors.Join(errs...)
}
