package taint

import (
	"github.com/vouchsec/vouch/finding"
	"github.com/vouchsec/vouch/sast/ast"
)

// sanitized reports whether n lies inside a sanitizer match (or is
// exactly an exact sanitizer's match).
func (r *run) sanitized(n *ast.Node) bool {
	found := false
	r.sanIx.each(n, func(i int) bool {
		s := &r.in.sanitizers[i]
		if r.hasInner && !r.isolated && s.start <= r.inner.start && r.inner.end <= s.end {
			return true // the match whose inside is being walked
		}
		if s.side != "only" && (s.exact && s.equals(n) || !s.exact && s.contains(n)) {
			found = true
			return false
		}
		return true
	})
	return found
}

// sourceAt returns the source trace when n lies inside a source match (or
// is exactly an exact source's match), else nil.
func (r *run) sourceAt(n *ast.Node) *trace {
	var tr *trace
	r.srcIx.each(n, func(i int) bool {
		s := &r.in.sources[i]
		if r.hasInner && !r.isolated && s.start <= r.inner.start && r.inner.end <= s.end {
			return true // the match whose inside is being walked
		}
		if s.side != "only" && (s.exact && s.equals(n) || !s.exact && s.contains(n)) {
			tr = r.srcTrace(i)
			return false
		}
		return true
	})
	return tr
}

// srcTrace is the one-step trace of source i (shared, immutable).
func (r *run) srcTrace(i int) *trace {
	if r.srcTraces == nil {
		r.srcTraces = make([]*trace, len(r.in.sources))
	}
	if r.srcTraces[i] == nil {
		s := r.in.sources[i]
		r.srcTraces[i] = &trace{src: i, label: s.label, start: s.start, end: s.end, sp: s.sp, ep: s.ep,
			msg: "source", n: 1}
	}
	return r.srcTraces[i]
}

// checkSinks reports every not yet reported sink whose range holds the
// tainted node n. A summary analysis records instead which parameters
// reach the sink.
func (r *run) checkSinks(n *ast.Node, t taint) {
	r.sinkIx.each(n, func(i int) bool {
		r.checkSink(i, n, t)
		return true
	})
}

// checkCallSinks checks the sinks that are exactly the call whose
// argument list is args (sink(...) where sink is a function of the file)
// against the arguments' taint.
func (r *run) checkCallSinks(args *ast.Node, t taint) {
	r.sinkIx.each(args, func(i int) bool {
		if s := &r.in.sinks[i]; s.isCall && s.args.start == args.StartByte && s.args.end == args.EndByte {
			r.checkSink(i, args, t)
		}
		return true
	})
}

// checkSink reports sink i when it holds the node n tainted by t.
func (r *run) checkSink(i int, n *ast.Node, t taint) {
	func() bool {
		s := &r.in.sinks[i]
		if !s.contains(n) || s.exact && !s.equals(n) {
			return true
		}
		if s.isCall && !(s.args.start <= n.StartByte && n.EndByte <= s.args.end) {
			return true
		}
		if r.hasInner && !(r.inner.start <= s.start && s.end <= r.inner.end && (r.isolated || s.start != r.inner.start || s.end != r.inner.end)) {
			return true // outside the source or sanitizer being walked
		}
		if r.sum != nil {
			for _, tr := range t {
				if tr.src < 0 {
					r.sum.addSink(tr, i)
				}
			}
			return true
		}
		if r.reported[i] {
			return true
		}
		if tr := pick(t, s.requires); tr != nil {
			r.reported[i] = true
			r.hits = append(r.hits, hit{sink: i, src: tr.src, trace: r.steps(tr, s)})
		}
		return true
	}()
}

// pick returns the shortest trace from a real source carrying one of the
// required labels (any label when none is required).
func pick(t taint, requires []string) *trace {
	var best *trace
	for _, tr := range t {
		if tr.src >= 0 && labelOK(tr, requires) && (best == nil || tr.n < best.n) {
			best = tr
		}
	}
	return best
}

// labelOK reports whether tr carries one of the required labels.
func labelOK(tr *trace, requires []string) bool {
	if len(requires) == 0 {
		return true
	}
	for _, l := range requires {
		if tr.label == l {
			return true
		}
	}
	return false
}

// steps turns a trace into finding steps: source, propagation steps, sink.
func (r *run) steps(tr *trace, s *sinkSpan) []finding.Step {
	out := make([]finding.Step, tr.n+1)
	i := tr.n - 1
	for cur := tr; cur != nil && i >= 0; cur = cur.prev {
		out[i] = finding.Step{Range: rangeOf(cur.start, cur.end, cur.sp, cur.ep), Message: cur.msg}
		i--
	}
	out[tr.n] = finding.Step{Range: rangeOf(s.start, s.end, s.sp, s.ep), Message: "sink"}
	return out
}

func rangeOf(start, end uint32, sp, ep ast.Point) finding.Range {
	return finding.Range{
		StartByte: int(start), EndByte: int(end),
		Start: finding.Position{Line: int(sp.Row) + 1, Column: int(sp.Col) + 1},
		End:   finding.Position{Line: int(ep.Row) + 1, Column: int(ep.Col) + 1},
	}
}

// fire applies the propagators and by-side-effect sources and sanitizers
// whose match completes at node n.
func (r *run) fire(n *ast.Node, depth int) {
	if r.firing {
		return
	}
	k := [2]uint32{n.StartByte, n.EndByte}
	r.firing = true
	defer func() { r.firing = false }()
	for _, idx := range r.triggers[k] {
		if idx < 0 {
			s := r.in.sanitizers[-1-idx]
			r.cleanLvalue(s.node)
			continue
		}
		p := r.in.propagators[idx]
		if p.fromN == nil || p.toN == nil {
			continue
		}
		if fv := r.visit(p.fromN, depth+1); len(fv.t) > 0 {
			r.bindWeak(p.toN, fv.t)
		}
	}
	for _, i := range r.sideSrc[k] {
		s := r.in.sources[i]
		if s.node == nil {
			continue
		}
		if name, ok := r.varName(s.node); ok {
			r.env.set(name, value{t: taint{r.srcTrace(i)}})
		}
	}
}
