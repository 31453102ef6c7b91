package taint

import (
	"sort"

	"github.com/vouchsec/vouch/sast/ast"
	"github.com/vouchsec/vouch/sast/lang"
)

// argVal is one argument of a call.
type argVal struct {
	name  string // keyword argument name
	splat bool   // *xs, ...xs: may fill any parameter from here on
	t     taint
}

// visitResolvedCall walks a call to g, a function of this file. ok is
// false when the call must be walked the default way instead (its
// argument list is itself a source or sanitizer match).
func (r *run) visitResolvedCall(n *ast.Node, sh lang.CallShape, g *fn, viaRecv bool, depth int) (value, bool) {
	args := n.ChildByField(sh.Arguments)
	if args != nil {
		k := [2]uint32{args.StartByte, args.EndByte}
		if r.sanitized(args) || r.sourceAt(args) != nil || len(r.triggers[k]) > 0 || len(r.sideSrc[k]) > 0 {
			return value{}, false
		}
	}
	var all taint
	if sh.Object != "" {
		if o := n.ChildByField(sh.Object); o != nil {
			all = r.visit(o, depth+1).t
		}
	} else if c := n.ChildByField(sh.Function); c != nil {
		all = r.visit(c, depth+1).t
	}
	var vals []argVal
	if args != nil {
		// The arguments reach the sinks around the call only through
		// the call's result: inside them, only the sinks they contain
		// are checked.
		saved, had, iso := r.inner, r.hasInner, r.isolated
		r.inner, r.hasInner, r.isolated = span{start: args.StartByte, end: args.EndByte}, true, false
		var at taint
		if r.spec.Sequence[args.Type] {
			for _, c := range args.Children {
				if !c.Named || r.spec.Comment[c.Type] {
					continue
				}
				if r.dead {
					break
				}
				a := argVal{splat: r.spec.Flow.Splat[c.Type], t: r.visit(c, depth+2).t}
				if ksh, ok := r.spec.KeywordArgument[c.Type]; ok {
					if k := c.ChildByField(ksh.Left); k != nil {
						a.name = r.ix.Text(k)
					}
				}
				vals = append(vals, a)
				at = join(at, a.t)
			}
		} else { // f(x for x in xs)
			at = r.visitKind(args, depth+1).t
			vals = append(vals, argVal{t: at})
		}
		r.inner, r.hasInner, r.isolated = saved, had, iso
		if len(at) > 0 {
			r.checkCallSinks(args, at)
		}
		all = join(all, at)
	}
	argT := r.bindArgs(g, viaRecv, vals)
	needed := false
	for _, t := range argT {
		if len(t) > 0 {
			needed = true
			break
		}
	}
	if !needed && !r.mayReturnSource(g, 0) {
		return value{}, true
	}
	sm := r.summaryOf(g)
	if sm == nil {
		return value{t: all}, true // unknown: default propagation
	}
	return value{t: r.applySummary(n, g, sm, argT)}, true
}

// bindArgs maps a call's arguments onto g's parameters.
func (r *run) bindArgs(g *fn, viaRecv bool, vals []argVal) []taint {
	ps := g.params
	out := make([]taint, len(ps))
	pos := 0
	if g.skipSelf && viaRecv {
		pos = 1
	}
	for _, a := range vals {
		switch {
		case len(a.t) == 0:
			if a.name == "" && !a.splat && pos < len(ps) && !ps[pos].variadic {
				pos++
			}
		case a.splat:
			for i := pos; i < len(ps); i++ {
				out[i] = join(out[i], a.t)
			}
		case a.name != "":
			found := false
			for i := range ps {
				if ps[i].name == a.name && !ps[i].variadic {
					out[i], found = join(out[i], a.t), true
					break
				}
			}
			for i := range ps {
				if !found && ps[i].keywords {
					out[i] = join(out[i], a.t)
				}
			}
		case pos < len(ps):
			out[pos] = join(out[pos], a.t)
			if !ps[pos].variadic {
				pos++
			}
		}
	}
	return out
}

// applySummary reports the sinks inside g that the call's tainted
// arguments reach and returns the taint of the call's result.
func (r *run) applySummary(call *ast.Node, g *fn, sm *summary, argT []taint) taint {
	for _, ss := range sm.sinks {
		if ss.param >= len(argT) || r.sum == nil && (r.reported[ss.sink] || r.pendingFor(ss.sink)) {
			continue
		}
		for _, tr := range argT[ss.param] {
			if r.sum == nil && (tr.src < 0 || !labelOK(tr, r.in.sinks[ss.sink].requires)) {
				continue
			}
			r.reachSink(ss.sink, r.compose(tr, call, g, ss.tr, false))
		}
	}
	var out taint
	for i, rt := range sm.rets {
		if rt == nil || i >= len(argT) {
			continue
		}
		for _, tr := range argT[i] {
			out = join(out, taint{r.compose(tr, call, g, rt, true)})
		}
	}
	if len(sm.src) > 0 {
		out = join(out, sm.src.extend(call, "returned from "+short(g.name)))
	}
	return out
}

// reachSink records that tr reaches sink i through a call: a pending hit
// of the main analysis, or a parameter-to-sink entry of a summary.
func (r *run) reachSink(i int, tr *trace) {
	if r.sum != nil {
		if tr.src < 0 {
			r.sum.addSink(tr, i)
		}
		return
	}
	if tr.src < 0 || r.reported[i] || r.pendingFor(i) {
		return
	}
	r.pending = append(r.pending, hit{sink: i, src: tr.src, trace: r.steps(tr, &r.in.sinks[i])})
}

// pendingFor reports whether a pending hit exists for sink i.
func (r *run) pendingFor(i int) bool {
	for _, h := range r.pending {
		if h.sink == i {
			return true
		}
	}
	return false
}

// compose extends the caller's trace tr with a step at the call and the
// callee's steps from the parameter on (inner); ret adds the step of the
// value returned to the call.
func (r *run) compose(tr *trace, call *ast.Node, g *fn, inner *trace, ret bool) *trace {
	var steps [maxTraceSteps]*trace
	k := 0
	for s := inner; s != nil && k < len(steps); s = s.prev {
		steps[k] = s
		k++
	}
	out := tr.extend(call, "call to "+short(g.name))
	for k--; k >= 0; k-- {
		s := steps[k]
		if out.n >= maxTraceSteps {
			break
		}
		out = &trace{prev: out, src: out.src, label: out.label, start: s.start, end: s.end, sp: s.sp, ep: s.ep,
			msg: s.msg, n: out.n + 1}
	}
	if ret {
		out = out.extend(call, "returned from "+short(g.name))
	}
	return out
}

// mayReturnSource reports, from the syntax alone, whether g's result may
// carry a real source: g contains a source match, or calls a function of
// the file that may.
func (r *run) mayReturnSource(g *fn, depth int) bool {
	if !r.fns.anySource {
		return false
	}
	if r.sourceWithin(g.node) {
		return true
	}
	st := &r.sums
	switch st.mayRet[g.node] {
	case 1:
		return true
	case -1, 2:
		return false
	}
	if depth > maxSumDepth {
		return false
	}
	if st.mayRet == nil {
		st.mayRet = map[*ast.Node]int8{}
	}
	st.mayRet[g.node] = 2
	res := r.callsSourceFunc(g.node, depth+1)
	st.mayRet[g.node] = -1
	if res {
		st.mayRet[g.node] = 1
	}
	return res
}

// callsSourceFunc reports whether a call inside n resolves to a function
// of the file that may return a source.
func (r *run) callsSourceFunc(n *ast.Node, depth int) bool {
	if r.fns == nil || !r.fns.anySource {
		return false
	}
	for _, k := range r.fns.callKinds {
		calls := r.ix.NodesOfType(k)
		i := sort.Search(len(calls), func(i int) bool { return calls[i].StartByte >= n.StartByte })
		for ; i < len(calls) && calls[i].StartByte < n.EndByte; i++ {
			if h, _ := r.resolve(calls[i], r.spec.Call[k]); h != nil && h.node != n && r.mayReturnSource(h, depth) {
				return true
			}
		}
	}
	return false
}
