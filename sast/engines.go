package sast

import (
	"context"

	"github.com/vouchsec/vouch/sast/lang"
	"github.com/vouchsec/vouch/sast/rule"
	"github.com/vouchsec/vouch/sast/search"
	"github.com/vouchsec/vouch/sast/taint"
)

// compileEngine compiles a rule for a parsed language: search rules
// through sast/search, taint rules through sast/taint.
func compileEngine(reg *lang.Registry, l *lang.Language, r *rule.Rule) (engine, error) {
	if r.Mode == rule.ModeTaint {
		e, err := taint.CompileWith(reg, l, r.Taint)
		if err != nil {
			return nil, err
		}
		return taintEngine{e}, nil
	}
	q, err := search.CompileWith(reg, l, r.Formula)
	if err != nil {
		return nil, err
	}
	return searchEngine{q}, nil
}

type searchEngine struct{ q *search.Query }

func (s searchEngine) literals() [][]string { return s.q.Literals() }

func (s searchEngine) run(ctx context.Context, fs *fileState) ([]hit, error) {
	ms, err := s.q.EvalIndex(ctx, fs.index())
	if err != nil {
		return nil, err
	}
	hits := make([]hit, len(ms))
	for i, m := range ms {
		hits[i] = hit{match: m}
	}
	return hits, nil
}

type taintEngine struct{ e *taint.Engine }

func (t taintEngine) literals() [][]string { return t.e.Literals() }

func (t taintEngine) run(ctx context.Context, fs *fileState) ([]hit, error) {
	rs, err := t.e.RunIndex(ctx, fs.index())
	if err != nil {
		return nil, err
	}
	hits := make([]hit, len(rs))
	for i := range rs {
		src := rs[i].Source
		hits[i] = hit{match: rs[i].Sink, source: &src, trace: rs[i].Trace}
	}
	return hits, nil
}
