// Package taint owns Semgrep-compatible taint mode: given a rule's
// sources, sinks, sanitizers and propagators (evaluated with sast/search),
// it runs a flow-sensitive dataflow analysis with constant propagation
// over each function of one parsed file and reports the sinks that
// tainted data reaches, with the source-to-sink trace. Calls to functions
// of the same file use bounded function summaries (summary.go): a sink
// inside a helper reached through its parameter is reported at that sink,
// helpers that sanitise or drop a parameter stop the flow, and helpers
// returning a source are sources.
//
// Validation guards (guard.go) clean the value they check on the path
// where the check passed; lookups in constant collections and switch
// expressions with constant arms are constants.
//
// It knows languages through lang.Spec data only. It does no I/O, reads no rule files
// and builds no findings (the caller turns Results into finding.Finding
// values and fills the trace's paths).
package taint

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/vouchsec/vouch/finding"
	"github.com/vouchsec/vouch/sast/ast"
	"github.com/vouchsec/vouch/sast/lang"
	"github.com/vouchsec/vouch/sast/pattern"
	"github.com/vouchsec/vouch/sast/rule"
	"github.com/vouchsec/vouch/sast/search"
)

// Result is one sink reached by taint.
type Result struct {
	Sink   pattern.Match
	Source pattern.Match
	// Trace is the source, the assignments and propagation steps that
	// carried the taint, and the sink. Ranges have bytes and 1-based
	// positions; Path is left empty for the caller.
	Trace []finding.Step
}

// Engine is a compiled taint specification for one language. It is
// immutable and safe for concurrent use.
type Engine struct {
	lang        *lang.Language
	sources     []item
	sinks       []item
	sanitizers  []item
	propagators []item
}

// item is one compiled source, sink, sanitizer or propagator.
type item struct {
	q        *search.Query
	spec     *rule.TaintItem
	requires []string // sinks: accepted labels (nil = any)
}

// ErrUnsupported is wrapped by Compile's errors for taint options this
// engine does not implement.
var ErrUnsupported = errors.New("unsupported")

var labelName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// Compile compiles a taint specification for l. Cross-language
// metavariable-pattern clauses need CompileWith.
func Compile(l *lang.Language, spec *rule.Taint) (*Engine, error) {
	return CompileWith(nil, l, spec)
}

// CompileWith is Compile with the registry that metavariable-pattern
// clauses naming another language are compiled with.
func CompileWith(reg *lang.Registry, l *lang.Language, spec *rule.Taint) (*Engine, error) {
	if l == nil || l.Spec == nil {
		return nil, errors.New("taint: no language")
	}
	if spec == nil || len(spec.Sources) == 0 {
		return nil, errors.New("pattern-sources: at least one source is required")
	}
	e := &Engine{lang: l}
	lists := []struct {
		key   string
		items []*rule.TaintItem
		out   *[]item
	}{
		{"pattern-sources", spec.Sources, &e.sources},
		{"pattern-sinks", spec.Sinks, &e.sinks},
		{"pattern-sanitizers", spec.Sanitizers, &e.sanitizers},
		{"pattern-propagators", spec.Propagators, &e.propagators},
	}
	for _, list := range lists {
		for i, ti := range list.items {
			if ti == nil || ti.Formula == nil {
				return nil, fmt.Errorf("%s[%d]: no pattern", list.key, i)
			}
			it, err := compileItem(reg, l, list.key, ti)
			if err != nil {
				return nil, fmt.Errorf("%s[%d] (line %d): %w", list.key, i, ti.Line, err)
			}
			*list.out = append(*list.out, it)
		}
	}
	return e, nil
}

// compileItem checks an item's options against what its role supports
// and compiles its formula.
func compileItem(reg *lang.Registry, l *lang.Language, key string, ti *rule.TaintItem) (item, error) {
	it := item{spec: ti}
	unsupported := func(opt string) error { return fmt.Errorf("%s: %w in %s", opt, ErrUnsupported, key) }
	switch key {
	case "pattern-sources":
		if ti.Requires != "" {
			return it, unsupported("requires (label chaining on sources)")
		}
		if ti.From != "" || ti.To != "" {
			return it, unsupported("from/to")
		}
	case "pattern-sinks":
		if ti.Label != "" {
			return it, unsupported("label")
		}
		if ti.BySideEffect != "" {
			return it, unsupported("by-side-effect")
		}
		if ti.From != "" || ti.To != "" {
			return it, unsupported("from/to")
		}
		if ti.Requires != "" {
			for _, part := range strings.Split(ti.Requires, " or ") {
				part = strings.TrimSpace(part)
				if !labelName.MatchString(part) {
					return it, fmt.Errorf("requires %q: %w (only a label, or labels joined by `or`)", ti.Requires, ErrUnsupported)
				}
				it.requires = append(it.requires, part)
			}
		}
	case "pattern-sanitizers":
		if ti.Label != "" || ti.Requires != "" {
			return it, unsupported("label/requires")
		}
		if ti.From != "" || ti.To != "" {
			return it, unsupported("from/to")
		}
	case "pattern-propagators":
		if ti.Label != "" || ti.Requires != "" {
			return it, unsupported("label/requires")
		}
		if ti.From == "" || ti.To == "" {
			return it, errors.New("a propagator needs from and to")
		}
	}
	q, err := search.CompileWith(reg, l, ti.Formula)
	if err != nil {
		return it, fmt.Errorf("compiling pattern: %w", err)
	}
	it.q = q
	return it, nil
}

// Literals is the prefilter: a file must contain, for each inner slice,
// one of its strings to possibly produce a result. It requires one literal
// of some source and one of some sink.
func (e *Engine) Literals() [][]string {
	var out [][]string
	for _, list := range [][]item{e.sources, e.sinks} {
		var clause []string
		for _, it := range list {
			cl := it.q.Literals()
			if len(cl) == 0 {
				clause = nil // this item needs nothing: no requirement
				break
			}
			clause = append(clause, cl[0]...)
		}
		if len(clause) > 0 {
			out = append(out, clause)
		}
	}
	return out
}

// Run analyses t and returns the sinks taint reaches, in file order.
func (e *Engine) Run(ctx context.Context, t *ast.Tree) ([]Result, error) {
	if t == nil {
		return nil, nil
	}
	return e.RunIndex(ctx, pattern.NewIndex(e.lang, t))
}

// RunIndex is Run over an index shared with other queries on the tree.
func (e *Engine) RunIndex(ctx context.Context, ix *pattern.Index) ([]Result, error) {
	t := ix.Tree()
	if t == nil || t.Root == nil {
		return nil, nil
	}
	eval := func(list []item) ([][]pattern.Match, int, error) {
		out := make([][]pattern.Match, len(list))
		total := 0
		for i, it := range list {
			ms, err := it.q.EvalIndex(ctx, ix)
			if err != nil {
				return nil, 0, fmt.Errorf("taint: evaluating pattern: %w", err)
			}
			out[i] = ms
			total += len(ms)
		}
		return out, total, nil
	}
	srcs, nsrc, err := eval(e.sources)
	if err != nil || nsrc == 0 {
		return nil, err
	}
	sinks, nsink, err := eval(e.sinks)
	if err != nil || nsink == 0 {
		return nil, err
	}
	sans, _, err := eval(e.sanitizers)
	if err != nil {
		return nil, err
	}
	props, _, err := eval(e.propagators)
	if err != nil {
		return nil, err
	}
	in := &input{}
	var srcMatches, sinkMatches []pattern.Match
	for i, ms := range srcs {
		ti := e.sources[i].spec
		for _, m := range ms {
			in.sources = append(in.sources, srcSpan{span: spanOf(m), exact: ti.Exact, label: ti.Label,
				side: ti.BySideEffect, idx: len(srcMatches)})
			srcMatches = append(srcMatches, m)
		}
	}
	for i, ms := range sinks {
		it := e.sinks[i]
		for _, m := range ms {
			in.sinks = append(in.sinks, sinkSpan{span: spanOf(m), exact: it.spec.Exact, requires: it.requires,
				idx: len(sinkMatches), focused: hasFocus(it.spec.Formula, 0)})
			sinkMatches = append(sinkMatches, m)
		}
	}
	for i, ms := range sans {
		ti := e.sanitizers[i].spec
		for _, m := range ms {
			in.sanitizers = append(in.sanitizers, sanSpan{span: spanOf(m), exact: ti.Exact, side: ti.BySideEffect})
		}
	}
	for i, ms := range props {
		ti := e.propagators[i].spec
		for _, m := range ms {
			from, ok1 := m.Bindings[ti.From]
			to, ok2 := m.Bindings[ti.To]
			if !ok1 || !ok2 {
				continue
			}
			in.propagators = append(in.propagators, propSpan{span: spanOf(m),
				from: bindingSpan(from), to: bindingSpan(to)})
		}
	}
	hits, err := analyze(ctx, e.lang.Spec, ix, in)
	if err != nil {
		return nil, err
	}
	out := make([]Result, 0, len(hits))
	for _, h := range hits {
		out = append(out, Result{
			Sink:   sinkMatches[in.sinks[h.sink].idx],
			Source: srcMatches[in.sources[h.src].idx],
			Trace:  h.trace,
		})
	}
	return out, nil
}

func spanOf(m pattern.Match) span {
	return span{start: uint32(m.StartByte), end: uint32(m.EndByte), sp: m.Start, ep: m.End}
}

func bindingSpan(b pattern.Binding) span {
	return span{start: uint32(b.StartByte), end: uint32(b.EndByte), sp: b.Start, ep: b.End}
}

// hasFocus reports whether a formula focuses a metavariable at its top
// level (through pattern-either branches).
func hasFocus(f *rule.Formula, depth int) bool {
	if f == nil || depth > 50 {
		return false
	}
	if len(f.Focus) > 0 {
		return true
	}
	if f.Op == rule.OpOr {
		for _, c := range f.Children {
			if hasFocus(c, depth+1) {
				return true
			}
		}
	}
	return false
}
