package taint

import (
	"sort"
	"strconv"

	"github.com/vouchsec/vouch/sast/ast"
)

// Function summaries. The summary of a function of the file is computed
// by the same dataflow walk, with each parameter bound to a symbolic
// source (a trace whose src is -1-i for parameter i): which parameters
// reach which sinks (with the trace inside the function), which flow to
// the return value, and the real sources the return value carries. A call
// to the function then uses the summary instead of the default "every
// argument flows to the result": a tainted argument at a parameter that
// reaches a sink is a hit at that sink, inside the callee. Summaries are
// computed on demand, when taint reaches a call or the callee may return
// a source, memoised per function, bounded in nesting depth, and
// iterated up to maxSumRounds times for recursive functions.
const (
	maxSumDepth  = 4   // nested summary computations
	maxSumRounds = 3   // fixpoint rounds of a recursive function
	maxSumRuns   = 256 // summary computations per file
)

// summary is what calls need to know about a function.
type summary struct {
	sinks []sumSink
	rets  []*trace // per parameter: how it reaches the return value (nil: it does not)
	src   taint    // real sources the return value carries
}

// sumSink is one parameter reaching one sink.
type sumSink struct {
	param, sink int
	tr          *trace // from the parameter to the sink (sink step excluded)
}

// sumBuilder collects a summary during the analysis of a function.
type sumBuilder struct {
	sinks []sumSink
	ret   taint
}

// addSink records that the parameter a symbolic trace starts from
// reaches sink i.
func (b *sumBuilder) addSink(tr *trace, i int) {
	p := -1 - tr.src
	for k, s := range b.sinks {
		if s.param == p && s.sink == i {
			if tr.n < s.tr.n {
				b.sinks[k].tr = tr
			}
			return
		}
	}
	b.sinks = append(b.sinks, sumSink{param: p, sink: i, tr: tr})
}

// sumState is the per-file memo and the stack of summaries being
// computed.
type sumState struct {
	memo  map[*ast.Node]*sumEntry
	stack []*sumFrame
	runs  int
	// mayRet memoises mayReturnSource: 1 yes, -1 no, 2 being computed.
	mayRet map[*ast.Node]int8
}

type sumEntry struct {
	sm          *summary
	provisional bool // computed from an unfinished summary of a recursive caller
}

type sumFrame struct {
	g         *fn
	cur       *summary // the previous round's result (recursive calls use it)
	recursive bool     // a call reached g while it was being computed
	dep       bool     // the computation used an unfinished summary
}

// summaryOf returns g's summary, computing it when needed; nil when g is
// beyond the bounds (the caller falls back to default propagation).
func (r *run) summaryOf(g *fn) *summary {
	st := &r.sums
	if e, ok := st.memo[g.node]; ok {
		return e.sm
	}
	for i, fr := range st.stack {
		if fr.g == g {
			fr.recursive = true
			for _, up := range st.stack[i+1:] {
				up.dep = true
			}
			return fr.cur
		}
	}
	if !g.small || g.body == nil || len(st.stack) >= maxSumDepth || st.runs >= maxSumRuns {
		return nil
	}
	fr := &sumFrame{g: g}
	st.stack = append(st.stack, fr)
	var sm *summary
	for range maxSumRounds {
		if st.runs >= maxSumRuns {
			break
		}
		st.runs++
		fr.recursive = false
		sm = r.computeSummary(g)
		if !fr.recursive || sm.equal(fr.cur) {
			break
		}
		fr.cur = sm
		for k, e := range st.memo { // recompute what used the previous round
			if e.provisional {
				delete(st.memo, k)
			}
		}
	}
	st.stack = st.stack[:len(st.stack)-1]
	if st.memo == nil {
		st.memo = map[*ast.Node]*sumEntry{}
	}
	st.memo[g.node] = &sumEntry{sm: sm, provisional: fr.dep}
	return sm
}

// computeSummary analyses g with its parameters as symbolic sources.
func (r *run) computeSummary(g *fn) *summary {
	c := r.file.newRun()
	b := &sumBuilder{}
	c.sum = b
	c.env = env{}
	if u := r.main.queued[g.node]; u != nil && u.env != nil {
		c.env = u.env.clone() // the environment captured at the definition
	}
	for i, p := range g.params {
		for _, id := range p.ids {
			name := r.tree.Text(id)
			if tr := c.sourceAt(id); tr != nil {
				c.env[name] = value{t: taint{tr}}
			} else if i == 0 && g.skipSelf {
				c.env.set(name, value{})
			} else {
				c.env[name] = value{t: taint{&trace{src: -1 - i, label: "\x00param" + strconv.Itoa(i),
					start: id.StartByte, end: id.EndByte, sp: id.Start, ep: id.End, msg: "parameter " + short(name), n: 1}}}
			}
		}
	}
	c.top = true
	v := c.visit(g.body, 0)
	if !r.spec.Block[g.body.Type] { // expression body: x => x + 1, lambda x: x
		b.ret = join(b.ret, v.t)
	}
	c.top = false
	if err := c.drain(); err != nil {
		return nil
	}
	sm := &summary{sinks: b.sinks, rets: make([]*trace, len(g.params))}
	sort.SliceStable(sm.sinks, func(i, j int) bool {
		if sm.sinks[i].sink != sm.sinks[j].sink {
			return sm.sinks[i].sink < sm.sinks[j].sink
		}
		return sm.sinks[i].param < sm.sinks[j].param
	})
	for _, tr := range b.ret {
		if tr.src >= 0 {
			sm.src = append(sm.src, tr)
		} else if p := -1 - tr.src; p < len(sm.rets) {
			sm.rets[p] = tr
		}
	}
	return sm
}

// equal compares what two summaries say (not their traces).
func (s *summary) equal(o *summary) bool {
	if s == nil || o == nil {
		return s == o
	}
	if len(s.sinks) != len(o.sinks) || len(s.rets) != len(o.rets) || !sameLabels(s.src, o.src) {
		return false
	}
	for i := range s.sinks {
		if s.sinks[i].param != o.sinks[i].param || s.sinks[i].sink != o.sinks[i].sink {
			return false
		}
	}
	for i := range s.rets {
		if (s.rets[i] == nil) != (o.rets[i] == nil) {
			return false
		}
	}
	return true
}
