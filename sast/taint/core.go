package taint

import (
	"context"
	"fmt"
	"sort"

	"github.com/vouchsec/vouch/finding"
	"github.com/vouchsec/vouch/sast/ast"
	"github.com/vouchsec/vouch/sast/lang"
	"github.com/vouchsec/vouch/sast/pattern"
)

// span is a byte range of the file with its positions.
type span struct {
	start, end uint32
	sp, ep     ast.Point
}

func (s span) contains(n *ast.Node) bool { return s.start <= n.StartByte && n.EndByte <= s.end }
func (s span) equals(n *ast.Node) bool   { return s.start == n.StartByte && n.EndByte == s.end }

// srcSpan is one source match.
type srcSpan struct {
	span
	exact bool
	label string
	side  string // by-side-effect: "", "true" or "only"
	idx   int    // caller's index of the match
	node  *ast.Node
}

// sinkSpan is one sink match. When the match is exactly a call and the
// sink is not exact, only the call's arguments are checked (Semgrep
// reports `sink(x)` for a tainted x, not for a tainted receiver).
type sinkSpan struct {
	span
	exact    bool
	requires []string // labels any of which the taint must carry; nil = any
	idx      int
	args     span // argument list when the sink is a call
	isCall   bool
	focused  bool // the sink formula focuses a metavariable: its range is the sink itself
}

// sanSpan is one sanitizer match.
type sanSpan struct {
	span
	exact bool
	side  string // by-side-effect: "", "true" or "only"
	node  *ast.Node
}

// propSpan is one propagator match: when the node covering the whole match
// is done, taint of from flows into the l-value to.
type propSpan struct {
	span
	from, to   span
	fromN, toN *ast.Node
}

// input is what the dataflow core needs from the pattern matches.
type input struct {
	sources     []srcSpan
	sinks       []sinkSpan
	sanitizers  []sanSpan
	propagators []propSpan
}

// hit is one reported sink.
type hit struct {
	sink  int // index into input.sinks
	src   int // index into input.sources
	trace []finding.Step
}

// analyze runs the dataflow over every function of the indexed tree and
// the top-level code, and returns the sinks reached by taint in file
// order. Calls to functions of the same file use their summaries
// (summary.go); a sink inside a callee reached only through a call is
// reported after everything else, when no other flow reached it.
func analyze(ctx context.Context, spec *lang.Spec, ix *pattern.Index, in *input) ([]hit, error) {
	t := ix.Tree()
	if len(in.sources) == 0 || len(in.sinks) == 0 || t == nil || t.Root == nil {
		return nil, nil
	}
	sort.SliceStable(in.sources, func(i, j int) bool { return in.sources[i].start < in.sources[j].start })
	sort.SliceStable(in.sinks, func(i, j int) bool { return in.sinks[i].start < in.sinks[j].start })
	sort.SliceStable(in.sanitizers, func(i, j int) bool { return in.sanitizers[i].start < in.sanitizers[j].start })
	f := &file{spec: spec, tree: t, ix: ix, in: in, ctx: ctx}
	f.prepare()
	f.fns = indexFuncs(f)
	r := f.newRun()
	r.reported = make([]bool, len(in.sinks))
	r.queue(t.Root, env{})
	if err := r.drain(); err != nil {
		return nil, err
	}
	for _, h := range r.pending {
		if !r.reported[h.sink] {
			r.reported[h.sink] = true
			r.hits = append(r.hits, h)
		}
	}
	sort.SliceStable(r.hits, func(i, j int) bool { return in.sinks[r.hits[i].sink].start < in.sinks[r.hits[j].sink].start })
	return r.hits, nil
}

// drain analyses the queued units, including those queued meanwhile.
func (r *run) drain() error {
	for i := 0; i < len(r.units); i++ {
		if err := r.ctx.Err(); err != nil {
			return fmt.Errorf("taint analysis: %w", err)
		}
		r.analyzeUnit(r.units[i])
	}
	return nil
}

// unit is one function body (or the file's top level) to analyse.
type unit struct {
	fn   *ast.Node
	env  env // environment captured where the function is defined
	done bool
}

// file is the per-file state shared by the main analysis and the
// function-summary analyses: the matches, their indexes, the function
// table and the summaries computed so far. It is used by one goroutine.
type file struct {
	ctx  context.Context
	spec *lang.Spec
	tree *ast.Tree
	ix   *pattern.Index
	in   *input
	// triggers maps the range of the node completing a propagator match
	// (index i >= 0) or a by-side-effect sanitizer match (-1-i) to them;
	// sideSrc does the same for by-side-effect sources.
	triggers  map[[2]uint32][]int
	sideSrc   map[[2]uint32][]int
	srcIx     spanIndex
	sinkIx    spanIndex
	sanIx     spanIndex
	srcTraces []*trace
	fns       *funcs   // same-file functions calls resolve to
	sums      sumState // function summaries (summary.go)
	main      *run     // the main analysis (for captured environments)
}

// run is one analysis over the file: the main one, which reports hits,
// or the summary analysis of one function.
type run struct {
	*file
	units  []*unit
	queued map[*ast.Node]*unit

	// main analysis only
	reported []bool
	hits     []hit
	pending  []hit // sinks inside callees reached through calls

	// summary analysis only
	sum *sumBuilder

	// per-unit state
	env  env
	dead bool // the current path has returned or thrown
	// jumps is the join of the environments at the break / continue
	// statements of the innermost loop body or switch being walked (nil:
	// none).
	jumps env
	// flags maps boolean variables to the check they were assigned
	// (guard.go).
	flags     map[string]*ast.Node
	loopDepth int
	gaveUp    bool
	firing    bool
	top       bool // the unit is the summarised function itself (not a nested one)
	// inner, when set, is the range of a source or sanitizer match whose
	// inside is being walked for the sinks it contains: only sinks within
	// it are checked, and the sources and sanitizers covering it are
	// ignored.
	inner    span
	hasInner bool
	isolated bool // inner is an isolated expression (visitIsolated), not a match

	// fields: some field path was written tainted (markFields), so whole
	// object reads look up the "x.*" keys.
	fields bool

	buf []byte
}

func (f *file) newRun() *run {
	r := &run{file: f, queued: map[*ast.Node]*unit{}}
	if f.main == nil {
		f.main = r
	}
	return r
}

// prepare resolves match ranges against the tree: which sinks are calls,
// and which node completes each propagator and side-effect item.
func (r *file) prepare() {
	r.srcIx = newSpanIndex(len(r.in.sources), func(i int) span { return r.in.sources[i].span })
	r.sinkIx = newSpanIndex(len(r.in.sinks), func(i int) span { return r.in.sinks[i].span })
	r.sanIx = newSpanIndex(len(r.in.sanitizers), func(i int) span { return r.in.sanitizers[i].span })
	for i := range r.in.sinks {
		s := &r.in.sinks[i]
		if s.exact || s.focused {
			continue
		}
		for n := nodeAt(r.tree.Root, s.start, s.end); n != nil && s.equals(n); n = singleChild(n) {
			if shape, ok := r.spec.Call[n.Type]; ok {
				if a := n.ChildByField(shape.Arguments); a != nil {
					s.isCall = true
					s.args = span{start: a.StartByte, end: a.EndByte}
				}
				break
			}
			if !r.spec.Paren[n.Type] && !r.spec.ExpressionStatement[n.Type] {
				break
			}
		}
	}
	add := func(m *map[[2]uint32][]int, s span, idx int) *ast.Node {
		n := nodeAt(r.tree.Root, s.start, s.end)
		if n == nil {
			return nil
		}
		if *m == nil {
			*m = map[[2]uint32][]int{}
		}
		k := [2]uint32{n.StartByte, n.EndByte}
		(*m)[k] = append((*m)[k], idx)
		return n
	}
	for i := range r.in.propagators {
		p := &r.in.propagators[i]
		if add(&r.triggers, p.span, i) != nil {
			p.fromN = nodeAt(r.tree.Root, p.from.start, p.from.end)
			p.toN = nodeAt(r.tree.Root, p.to.start, p.to.end)
		}
	}
	for i := range r.in.sanitizers {
		if s := &r.in.sanitizers[i]; s.side != "" {
			s.node = add(&r.triggers, s.span, -1-i)
		}
	}
	for i := range r.in.sources {
		if s := &r.in.sources[i]; s.side != "" {
			s.node = add(&r.sideSrc, s.span, i)
		}
	}
}

// nodeAt returns the smallest node whose range contains [start, end).
func nodeAt(root *ast.Node, start, end uint32) *ast.Node {
	if root == nil || start < root.StartByte || end > root.EndByte {
		return nil
	}
	n := root
	for {
		cs := n.Children
		i := sort.Search(len(cs), func(i int) bool { return cs[i].EndByte >= end })
		var next *ast.Node
		for ; i < len(cs) && cs[i].StartByte <= start; i++ {
			if cs[i].StartByte <= start && end <= cs[i].EndByte {
				next = cs[i]
				break
			}
		}
		if next == nil {
			return n
		}
		n = next
	}
}

// singleChild returns the only named child of n that covers n entirely.
func singleChild(n *ast.Node) *ast.Node {
	for _, c := range n.Children {
		if c.Named && c.StartByte == n.StartByte && c.EndByte == n.EndByte {
			return c
		}
	}
	for _, c := range n.Children {
		if c.Named {
			return c
		}
	}
	return nil
}

// queue schedules fn for analysis with the environment captured at its
// definition; a function queued twice (loops) gets the join of both.
func (r *run) queue(fn *ast.Node, e env) {
	if u, ok := r.queued[fn]; ok {
		if !u.done {
			u.env = joinEnv(u.env, e)
		}
		return
	}
	u := &unit{fn: fn, env: e.clone()}
	r.queued[fn] = u
	r.units = append(r.units, u)
}

// sourceWithin reports whether a source match starts inside n.
func (r *file) sourceWithin(n *ast.Node) bool {
	s := r.in.sources
	i := sort.Search(len(s), func(i int) bool { return s[i].start >= n.StartByte })
	return i < len(s) && s[i].start < n.EndByte
}

// analyzeUnit walks one function body from its captured environment.
func (r *run) analyzeUnit(u *unit) {
	u.done = true
	if u.fn != r.tree.Root && !r.sourceWithin(u.fn) && !u.env.tainted() && !r.callsSourceFunc(u.fn, 0) {
		return // nothing can be tainted in here
	}
	r.env = u.env
	if r.fns != nil && r.fns.byNode[u.fn] != nil {
		r.env = u.env.clone() // keep the captured environment for the function's summary
	}
	r.dead = false
	r.jumps, r.flags = nil, nil
	r.loopDepth = 0
	r.top = false
	if u.fn == r.tree.Root {
		r.visit(u.fn, 0)
		return
	}
	shape := r.spec.Function[u.fn.Type]
	params := u.fn.ChildByField(shape.Parameters)
	if params == nil {
		params = u.fn.ChildByField("parameter") // JS arrow function with one bare parameter
	}
	if params != nil {
		r.bindParams(params)
	}
	var body *ast.Node
	if shape.Body != "" {
		body = u.fn.ChildByField(shape.Body)
	}
	if body != nil {
		r.visit(body, 0)
	}
	r.env = nil
}
