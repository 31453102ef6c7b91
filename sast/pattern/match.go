package pattern

import (
	"strings"

	"github.com/vouchsec/vouch/sast/ast"
	"github.com/vouchsec/vouch/sast/lang"
)

// bind is one metavariable binding in the matcher's undo-able environment.
type bind struct {
	name       string
	node       *ast.Node   // single-node binding
	run        []*ast.Node // ellipsis-metavariable binding (isRun)
	isRun      bool
	start, end uint32 // the run's range (for empty runs: where it sits)
}

// matcher holds the mutable state of one match run. It is owned by one
// goroutine at a time (Index pools them).
type matcher struct {
	ix      *Index
	spec    *lang.Spec
	env     []bind
	scratch []*ast.Node
	trail   []*ast.Node // statements matched by a top-level sequence
	segBuf  []string
	stackA  []*ast.Node
	stackB  []*ast.Node
	steps   int
	total   int // steps over all candidates of one Match call
	aborted bool
	nsol    int
}

func (m *matcher) reset() {
	m.env = m.env[:0]
	m.scratch = m.scratch[:0]
	m.trail = m.trail[:0]
	m.steps, m.aborted, m.nsol = 0, false, 0
}

// resetAll also clears the per-call work counter.
func (m *matcher) resetAll() {
	m.reset()
	m.total = 0
}

// tick counts work; once the budget is spent every search stops.
func (m *matcher) tick() bool {
	m.steps++
	if m.steps > maxSteps {
		m.aborted = true
	}
	return m.aborted
}

func (m *matcher) text(n *ast.Node) string { return m.ix.Text(n) }

// matchRoot appends the matches of p rooted at n that satisfy cs to out.
func (m *matcher) matchRoot(p *pnode, n *ast.Node, cs []Constraint, out []Match) []Match {
	m.reset()
	if p.kind == pkSeq {
		elems := m.elems(n)
		for s := range elems {
			if m.aborted || m.nsol >= maxSolutions {
				break
			}
			m.seqMatch(p, 0, elems[s:], true, func() bool {
				if !m.admits(cs) {
					return false
				}
				out = append(out, m.record(nil))
				m.nsol++
				return m.nsol >= maxSolutions
			})
		}
		return out
	}
	first := len(out)
	m.match(p, n, func() bool {
		if !m.admits(cs) {
			return false
		}
		if !m.recorded(out[first:]) {
			out = append(out, m.record(n))
		}
		m.nsol++
		return m.nsol >= maxSolutions
	})
	return out
}

// recorded reports whether one of ms (matches of the current candidate
// node) already has the current environment's bindings: another solution
// that differs only in how ellipses split (foo(..., $X, ...) over equal
// arguments, $X. ... .m() chains) is not recorded twice.
func (m *matcher) recorded(ms []Match) bool {
	for i := len(ms) - 1; i >= 0; i-- {
		b := ms[i].Bindings
		if len(b) != len(m.env) {
			continue
		}
		same := true
		for _, e := range m.env {
			x, ok := b[e.name]
			s, t := e.start, e.end
			if !e.isRun {
				s, t = e.node.StartByte, e.node.EndByte
			}
			if !ok || x.StartByte != int(s) || x.EndByte != int(t) {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}

// record snapshots the current environment as a Match over n (or over the
// trail of a sequence match when n is nil).
func (m *matcher) record(n *ast.Node) Match {
	var mt Match
	// one backing array for mt.Nodes and the single-node bindings
	var slab []*ast.Node
	if n != nil {
		slab = make([]*ast.Node, 1, 1+len(m.env))
		slab[0] = n
		mt.Nodes = slab[0:1:1]
		mt.StartByte, mt.EndByte, mt.Start, mt.End = int(n.StartByte), int(n.EndByte), n.Start, n.End
	} else if len(m.trail) > 0 {
		mt.Nodes = append([]*ast.Node(nil), m.trail...)
		first := m.trail[0]
		mt.StartByte, mt.Start = int(first.StartByte), first.Start
		for _, t := range m.trail {
			if int(t.EndByte) >= mt.EndByte {
				mt.EndByte, mt.End = int(t.EndByte), t.End
			}
		}
	}
	if len(m.env) > 0 {
		mt.Bindings = make(Bindings, len(m.env))
		for _, b := range m.env {
			if !b.isRun {
				if slab == nil {
					slab = make([]*ast.Node, 0, len(m.env))
				}
				slab = append(slab, b.node)
				mt.Bindings[b.name] = m.binding(b, slab[len(slab)-1:len(slab):len(slab)])
			} else {
				mt.Bindings[b.name] = m.binding(b, nil)
			}
		}
	}
	return mt
}

// binding converts b; one holds b.node for a single-node binding.
func (m *matcher) binding(b bind, one []*ast.Node) Binding {
	if !b.isRun {
		n := b.node
		return Binding{Nodes: one, StartByte: int(n.StartByte), EndByte: int(n.EndByte),
			Start: n.Start, End: n.End, Text: m.bindText(b)}
	}
	out := Binding{Nodes: append([]*ast.Node(nil), b.run...), StartByte: int(b.start), EndByte: int(b.end), Text: m.bindText(b)}
	if len(b.run) > 0 {
		out.Start, out.End = b.run[0].Start, b.run[len(b.run)-1].End
	}
	return out
}

// skipTarget says whether a target child is invisible to a positional
// comparison: comments, separators and zero-width recovery tokens.
func (m *matcher) skipTarget(n *ast.Node) bool {
	if n.Named && m.spec.Comment[n.Type] {
		return true
	}
	if n.StartByte == n.EndByte && len(n.Children) == 0 {
		return true
	}
	if !n.Named && n.EndByte-n.StartByte == 1 {
		c := m.ix.src[n.StartByte]
		return c == ';' || c == ','
	}
	return false
}

// elems pushes the sequence elements of n (named, non-comment children)
// onto the scratch stack and returns them. The caller must not retain the
// slice beyond its own frame.
func (m *matcher) elems(n *ast.Node) []*ast.Node {
	start := len(m.scratch)
	for _, ch := range n.Children {
		if ch.Named && !m.spec.Comment[ch.Type] && !(ch.StartByte == ch.EndByte && len(ch.Children) == 0) {
			m.scratch = append(m.scratch, ch)
		}
	}
	return m.scratch[start:len(m.scratch):len(m.scratch)]
}

// sigChildren pushes the positionally compared children of n.
func (m *matcher) sigChildren(n *ast.Node) []*ast.Node {
	start := len(m.scratch)
	for _, ch := range n.Children {
		if !m.skipTarget(ch) {
			m.scratch = append(m.scratch, ch)
		}
	}
	return m.scratch[start:len(m.scratch):len(m.scratch)]
}

// bindNode binds name to n, or checks n against an existing binding.
func (m *matcher) bindNode(name string, n *ast.Node) bool {
	if name == "$_" {
		return true
	}
	for i := range m.env {
		b := &m.env[i]
		if b.name != name {
			continue
		}
		if b.isRun {
			return len(b.run) == 1 && m.sameCode(b.run[0], n)
		}
		return m.sameCode(b.node, n)
	}
	m.env = append(m.env, bind{name: name, node: n})
	return true
}

// bindRun binds an ellipsis metavariable to a run of sequence elements.
func (m *matcher) bindRun(name string, run []*ast.Node, at uint32) bool {
	start, end := at, at
	if len(run) > 0 {
		start, end = run[0].StartByte, run[len(run)-1].EndByte
	}
	for i := range m.env {
		b := &m.env[i]
		if b.name != name {
			continue
		}
		if !b.isRun {
			return len(run) == 1 && m.sameCode(b.node, run[0])
		}
		if len(b.run) != len(run) {
			return false
		}
		for j := range run {
			if !m.sameCode(b.run[j], run[j]) {
				return false
			}
		}
		return true
	}
	m.env = append(m.env, bind{name: name, run: run, isRun: true, start: start, end: end})
	return true
}

// match tries p against n and calls k for every solution, leaving the
// solution's bindings in m.env while k runs. It returns true when the
// search must stop (k asked to, or the work budget is spent); bindings
// are then left for the caller to discard.
func (m *matcher) match(p *pnode, n *ast.Node, k func() bool) bool {
	if m.tick() {
		return true
	}
	if p.importDecl && n.Type == "import_declaration" {
		return m.matchImportDecl(p, n, k)
	}
	mark := len(m.env)
	if p.det {
		if m.matchDet(p, n) && k() {
			return true
		}
		m.env = m.env[:mark]
		return m.aborted
	}
	smark := len(m.scratch)
	stop := m.matchNonDet(p, n, k)
	m.scratch = m.scratch[:smark]
	if !stop {
		m.env = m.env[:mark]
	}
	return stop
}

// matchNonDet is match for patterns that may have several solutions.
func (m *matcher) matchNonDet(p *pnode, n *ast.Node, k func() bool) bool {
	mark := len(m.env)
	orig := n
	n = m.spec.Unparen(n)
	switch p.kind {
	case pkEllipsis:
		// "..." where one element is expected matches any single node.
		if p.text != "" && !m.bindNode(p.text, n) {
			return false
		}
		if k() {
			return true
		}
		m.env = m.env[:mark]
		return m.aborted
	case pkDeep:
		return m.matchDeep(p.children[0], n, k)
	case pkInterp:
		return m.matchInterp(p, n, k)
	case pkChain:
		for d, cur := 0, n; cur != nil && d < 64; d++ {
			if m.match(p.children[0], cur, k) {
				return true
			}
			cur = m.receiver(m.spec.Unparen(cur))
		}
		return false
	case pkNode, pkSeq:
	default:
		return false
	}
	if p.assign {
		return m.matchAssign(p, n, k)
	}
	if p.jsx {
		return m.matchJSX(p, n, k)
	}
	if p.exprStmt && n.Type != p.typ {
		if d := m.soleDeclarator(n); d != nil {
			return m.match(p.children[0], d, k)
		}
		return false
	}
	if p.kind == pkNode && !p.accepts(n.Type) && m.exprBody(orig) {
		// an arrow function's expression body is a block holding
		// `return <expr>` (Semgrep)
		if p.block {
			smark := len(m.scratch)
			m.scratch = append(m.scratch, n)
			return m.seqMatch(p, 0, m.scratch[smark:len(m.scratch):len(m.scratch)], false, k)
		}
		if p.retValue != nil {
			return m.match(p.retValue, n, k)
		}
	}
	if !p.accepts(n.Type) {
		return false
	}
	if len(p.decos) > 0 {
		start := len(m.scratch)
		for _, ch := range n.Children {
			if ch.Named && m.spec.Decorator[ch.Type] {
				m.scratch = append(m.scratch, ch)
			}
		}
		ds := m.scratch[start:len(m.scratch):len(m.scratch)]
		return m.unordered(p.decos, ds, 0, func() bool { return m.matchBody(p, n, k) })
	}
	return m.matchBody(p, n, k)
}

// matchBody is matchNonDet for a node of p's type, decorators done.
func (m *matcher) matchBody(p *pnode, n *ast.Node, k func() bool) bool {
	mark := len(m.env)
	if p.fn {
		return m.matchFunc(p, n, k)
	}
	if p.hasKw {
		return m.matchKw(p, n, k)
	}
	if p.unord {
		ns := m.elems(n)
		if len(ns) < len(p.entries) || !p.open && len(ns) != len(p.entries) {
			return false
		}
		return m.unordered(p.entries, ns, 0, k)
	}
	if p.seq {
		var ns []*ast.Node
		if p.typ == "parameter_list" && m.ix.lang != nil && m.ix.lang.Name == "go" {
			ns = m.goParams(n)
		} else if m.spec.Sequence[p.typ] || p.block {
			ns = m.elems(n)
		} else {
			ns = m.sigChildren(n)
		}
		return m.seqMatch(p, 0, ns, false, k)
	}
	// positional: deterministic children first (cheap rejection), then
	// the others by continuation.
	start := len(m.scratch)
	i := 0
	skipDeco := len(p.decos) > 0
	for _, ch := range n.Children {
		if m.skipTarget(ch) || skipDeco && ch.Named && m.spec.Decorator[ch.Type] || p.noTypeArgs && ch.Field == "type_arguments" {
			continue
		}
		if i >= len(p.children) {
			return false
		}
		pc := p.children[i]
		i++
		ch = m.callee(p, ch)
		if pc.det {
			if !m.matchDet(pc, ch) {
				m.env = m.env[:mark]
				return false
			}
			continue
		}
		m.scratch = append(m.scratch, ch)
	}
	if i != len(p.children) {
		m.env = m.env[:mark]
		return false
	}
	pending := m.scratch[start:len(m.scratch):len(m.scratch)]
	return m.matchPairs(p.nondet, pending, k)
}

// matchDet matches a deterministic pattern (at most one solution). On
// failure the caller discards bindings added to m.env.
func (m *matcher) matchDet(p *pnode, n *ast.Node) bool {
	orig := n
	n = m.spec.Unparen(n)
	if p.annName && n.Type == "scoped_identifier" {
		// @QueryValue, @$ANN: the last segment of @a.b.QueryValue
		if last := n.ChildByField("name"); last != nil {
			n = last
		}
	}
	switch p.kind {
	case pkMetavar:
		if p.param {
			n = m.paramName(n)
		}
		if m.stringPart(n) {
			return false
		}
		return m.bindNode(p.text, n)
	case pkToken:
		return m.text(n) == p.text
	case pkIdent:
		if m.spec.Identifier[n.Type] && m.text(n) == p.text {
			return true
		}
		return m.dottedMatch(p.segs, n)
	case pkString, pkAnyString, pkStrMeta, pkStrRegex:
		if !m.spec.String[n.Type] {
			return m.matchConst(p, n)
		}
		if p.kind == pkAnyString && p.anyF {
			return true
		}
		if !m.constString(n) {
			return false
		}
		switch p.kind {
		case pkAnyString:
			return true
		case pkStrMeta:
			return m.bindStringContent(p.text, n)
		}
		v, ok := stringValue(m.ix.lang, m.ix.tree, n)
		if p.kind == pkStrRegex {
			return ok && p.re.MatchString(v)
		}
		return ok && v == p.text
	case pkNode:
	default:
		return false
	}
	if p.segs != nil && (m.spec.Identifier[n.Type] || m.isMember(n)) {
		return m.dottedMatch(p.segs, n)
	}
	if p.assign {
		return m.matchAssign(p, n, nil)
	}
	if !p.accepts(n.Type) {
		if p.retValue != nil && m.exprBody(orig) {
			return m.matchDet(p.retValue, n)
		}
		return false
	}
	if p.fn {
		return m.matchFunc(p, n, nil)
	}
	if len(p.children) == 0 {
		if len(n.Children) == 0 {
			return m.text(n) == m.leafText(p)
		}
		return false
	}
	i := 0
	for _, ch := range n.Children {
		if m.skipTarget(ch) || p.noTypeArgs && ch.Field == "type_arguments" {
			continue
		}
		ch = m.callee(p, ch)
		if i >= len(p.children) || !m.matchDet(p.children[i], ch) {
			return false
		}
		i++
	}
	return i == len(p.children)
}

// leafText is the text a childless named pattern node must have. It is
// kept in typ's sibling field text only for leaves.
func (m *matcher) leafText(p *pnode) string { return p.text }

// seqMatch matches p.children[i:] against the elements ns. With open set,
// elements left over after the pattern is exhausted are allowed (top-level
// statement sequences). trail tracking applies when p is a pkSeq root.
func (m *matcher) seqMatch(p *pnode, i int, ns []*ast.Node, open bool, k func() bool) bool {
	if m.tick() {
		return true
	}
	ps := p.children
	if i == len(ps) {
		if len(ns) == 0 || open {
			return k()
		}
		return false
	}
	c := ps[i]
	if c.kind == pkEllipsis {
		hi := len(ns) - p.minLen[i+1]
		if hi < 0 {
			return false
		}
		lo := 0
		if !p.ellTail[i+1] && !open {
			lo = hi
		}
		for j := lo; j <= hi; j++ {
			mark := len(m.env)
			at := uint32(0)
			if j < len(ns) {
				at = ns[j].StartByte
			} else if len(ns) > 0 {
				at = ns[len(ns)-1].EndByte
			}
			if c.text == "" || m.bindRun(c.text, ns[:j], at) {
				if m.seqMatch(p, i+1, ns[j:], open, k) {
					return true
				}
			}
			m.env = m.env[:mark]
		}
		if p.block && c.text == "" && i+1 < len(ps) && ps[i+1].kind != pkEllipsis {
			return m.seqDeep(p, i+1, ns, k)
		}
		return false
	}
	if c.nullable {
		// an all-ellipsis sequence node may be absent altogether
		mark := len(m.env)
		if m.seqMatch(p, i+1, ns, open, k) {
			return true
		}
		m.env = m.env[:mark]
	}
	if len(ns) == 0 {
		return false
	}
	track := p.kind == pkSeq
	if track {
		m.trail = append(m.trail, ns[0])
	}
	stop := m.match(c, ns[0], func() bool { return m.seqMatch(p, i+1, ns[1:], open, k) })
	if track && !stop {
		m.trail = m.trail[:len(m.trail)-1]
	}
	return stop
}

// seqDeep lets pattern statement ps[i] (which follows an ellipsis) match a
// statement nested inside one of ns, continuing with the rest of the
// pattern after it in its own block.
func (m *matcher) seqDeep(p *pnode, i int, ns []*ast.Node, k func() bool) bool {
	stack := make([]*ast.Node, 0, 16)
	for _, s := range ns {
		stack = append(stack[:0], s.Children...)
		for len(stack) > 0 {
			if m.tick() {
				return true
			}
			cur := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if len(stack) > maxDepth {
				break
			}
			if m.spec.Block[cur.Type] {
				smark := len(m.scratch)
				elems := m.elems(cur)
				for q := range elems {
					track := p.kind == pkSeq
					if track {
						m.trail = append(m.trail, elems[q])
					}
					rest := elems[q+1:]
					stop := m.match(p.children[i], elems[q], func() bool {
						return m.seqMatch(p, i+1, rest, true, k)
					})
					if stop {
						return true
					}
					if track {
						m.trail = m.trail[:len(m.trail)-1]
					}
				}
				m.scratch = m.scratch[:smark]
			}
			for j := len(cur.Children) - 1; j >= 0; j-- {
				if cur.Children[j].Named {
					stack = append(stack, cur.Children[j])
				}
			}
		}
	}
	return false
}

// matchDeep matches inner against n or any descendant of n.
func (m *matcher) matchDeep(inner *pnode, n *ast.Node, k func() bool) bool {
	stack := []*ast.Node{n}
	for len(stack) > 0 {
		if m.aborted {
			return true
		}
		cur := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if cur.Named && !m.spec.Comment[cur.Type] {
			if m.match(inner, cur, k) {
				return true
			}
		}
		if len(stack) > maxDepth {
			continue
		}
		for j := len(cur.Children) - 1; j >= 0; j-- {
			stack = append(stack, cur.Children[j])
		}
	}
	return false
}

// matchPairs matches ps[i] against ns[i] for every i (same length).
func (m *matcher) matchPairs(ps []*pnode, ns []*ast.Node, k func() bool) bool {
	if len(ps) == 0 {
		return k()
	}
	if ns[0] == nil {
		return false
	}
	return m.match(ps[0], ns[0], func() bool { return m.matchPairs(ps[1:], ns[1:], k) })
}

// matchAssign compares an assignment pattern with any assignment or
// declaration-with-initialiser form, field-wise. k nil: deterministic.
func (m *matcher) matchAssign(p *pnode, n *ast.Node, k func() bool) bool {
	s, ok := assignShape(m.spec, n.Type)
	if !ok || s.Left == "" || s.Right == "" {
		return false
	}
	pl, pr := fieldPair(p.children, p.left, p.right)
	if pl == nil || pr == nil {
		return false
	}
	if p.op != "" {
		if op := m.ix.assignOperator(n); op != "" && op != p.op && !(isPlainAssign(op) && isPlainAssign(p.op)) {
			return false
		}
	}
	tl := unwrapList(m.spec, n.ChildByField(s.Left))
	tr := unwrapList(m.spec, n.ChildByField(s.Right))
	if tl == nil || tr == nil {
		return false
	}
	pl, pr = unwrapPList(pl), unwrapPList(pr)
	// a typed pattern (const $N: $T = ...) needs the target's type
	smark := len(m.scratch)
	for _, x := range p.extra {
		t := n.ChildByField(x.field)
		if t == nil {
			m.scratch = m.scratch[:smark]
			return false
		}
		m.scratch = append(m.scratch, t)
	}
	extra := m.scratch[smark:len(m.scratch):len(m.scratch)]
	if k == nil {
		mark := len(m.env)
		ok := m.matchDet(pl, tl) && m.matchDet(pr, tr)
		for i := 0; ok && i < len(extra); i++ {
			ok = m.matchDet(p.extra[i], extra[i])
		}
		m.scratch = m.scratch[:smark]
		if ok {
			return true
		}
		m.env = m.env[:mark]
		return false
	}
	return m.match(pl, tl, func() bool {
		return m.match(pr, tr, func() bool { return m.matchPairs(p.extra, extra, k) })
	})
}

// stringPart reports whether n is a piece of a string literal (a text
// fragment, an escape, a delimiter, an interpolation wrapper), not an
// expression: a metavariable binds whole nodes only, so $X never stands
// for part of a string ("$X" string patterns bind contents by their own
// rule).
func (m *matcher) stringPart(n *ast.Node) bool {
	if m.spec.StringContent[n.Type] || m.spec.Interpolation[n.Type] {
		return true
	}
	return n.Parent != nil && m.spec.String[n.Parent.Type] && !m.spec.String[n.Type]
}

// paramName returns the name of a parameter that carries more than its
// name (a TS type annotation, a default value), or n itself.
func (m *matcher) paramName(n *ast.Node) *ast.Node {
	var f string
	switch n.Type {
	case "required_parameter", "optional_parameter":
		f = "pattern"
	case "assignment_pattern":
		f = "left"
	case "default_parameter", "typed_default_parameter":
		f = "name"
	case "typed_parameter": // Python: the name is the first named child
		for _, c := range n.Children {
			if c.Named && m.spec.Identifier[c.Type] {
				return c
			}
		}
		return n
	default:
		return n
	}
	if c := n.ChildByField(f); c != nil {
		return c
	}
	return n
}

func isPlainAssign(op string) bool { return op == "=" || op == ":=" }

func unwrapPList(p *pnode) *pnode {
	if p.kind == pkNode && strings.HasSuffix(p.typ, "expression_list") && len(p.children) == 1 {
		return p.children[0]
	}
	return p
}

// matchFunc compares function definitions field-wise, ignoring keyword
// tokens (async, def, func) the pattern did not spell out in fields.
// Unfielded named pattern children (Java modifiers) must match some
// unfielded target child of the same type; modifiers and annotations are
// a subset of the target's, in any order. k nil: deterministic (the first
// solution's bindings stay in m.env).
func (m *matcher) matchFunc(p *pnode, n *ast.Node, k func() bool) bool {
	if k == nil {
		found := false
		m.matchFuncK(p, n, func() bool { found = true; return true })
		return found
	}
	return m.matchFuncK(p, n, k)
}

func (m *matcher) matchFuncK(p *pnode, n *ast.Node, k func() bool) bool {
	if p.async && !m.hasToken(n, "async") {
		return false
	}
	smark := len(m.scratch)
	ps := p.fnFields
	for _, c := range p.fnFields {
		t := n.ChildByField(c.field)
		if t == nil {
			if c.kind == pkEllipsis {
				ps = nil // rare: rebuild without the absent optional field
				break
			}
			m.scratch = m.scratch[:smark]
			return false
		}
		m.scratch = append(m.scratch, t)
	}
	if ps == nil && len(p.fnFields) > 0 {
		m.scratch = m.scratch[:smark]
		for _, c := range p.fnFields {
			if t := n.ChildByField(c.field); t != nil {
				ps = append(ps, c)
				m.scratch = append(m.scratch, t)
			}
		}
	}
	ns := m.scratch[smark:len(m.scratch):len(m.scratch)]
	mark := len(m.env)
	stop := m.matchFree(p.fnFree, n, func() bool { return m.matchPairs(ps, ns, k) })
	if !stop {
		m.env = m.env[:mark]
	}
	m.scratch = m.scratch[:smark]
	return stop
}

// matchFree matches each unfielded pattern child (modifiers, annotations)
// against an unfielded target child of the same type; modifier lists are
// compared as unordered subsets, and so are TS class heritage clauses.
func (m *matcher) matchFree(fs []*pnode, n *ast.Node, k func() bool) bool {
	if len(fs) == 0 {
		return k()
	}
	c := fs[0]
	rest := func() bool { return m.matchFree(fs[1:], n, k) }
	for _, t := range n.Children {
		if t.Field != "" || !t.Named || t.Type != c.typ {
			continue
		}
		if strings.Contains(c.typ, "modifier") || c.typ == "class_heritage" {
			smark := len(m.scratch)
			ts := m.sigChildren(t)
			stop := m.unordered(c.children, ts, 0, rest)
			m.scratch = m.scratch[:smark]
			if stop {
				return true
			}
			continue
		}
		if m.match(c, t, rest) {
			return true
		}
	}
	if c.kind == pkEllipsis {
		return rest()
	}
	return false
}

// unordered matches each of ps against a distinct element of ts (the
// first 64), in any order, then calls k.
func (m *matcher) unordered(ps []*pnode, ts []*ast.Node, used uint64, k func() bool) bool {
	if len(ps) == 0 {
		return k()
	}
	if m.tick() {
		return true
	}
	for j, t := range ts {
		if j >= 64 {
			break
		}
		if used&(1<<j) != 0 {
			continue
		}
		if m.match(ps[0], t, func() bool { return m.unordered(ps[1:], ts, used|1<<j, k) }) {
			return true
		}
	}
	return false
}

// matchKw matches an argument list whose pattern holds keyword arguments:
// each keyword pattern takes a distinct keyword element in any order; the
// other pattern elements match the remaining elements as a sequence.
func (m *matcher) matchKw(p *pnode, n *ast.Node, k func() bool) bool {
	ns := m.elems(n)
	kws := p.kwKids()
	used := make([]bool, len(ns))
	var assign func(a int) bool
	assign = func(a int) bool {
		if a == len(kws) {
			smark := len(m.scratch)
			for j, e := range ns {
				if !used[j] {
					m.scratch = append(m.scratch, e)
				}
			}
			rest := m.scratch[smark:len(m.scratch):len(m.scratch)]
			stop := m.seqMatch(p.positional(), 0, rest, false, k)
			m.scratch = m.scratch[:smark]
			return stop
		}
		for j, e := range ns {
			if used[j] {
				continue
			}
			if _, ok := m.spec.KeywordArgument[e.Type]; !ok {
				continue
			}
			used[j] = true
			stop := m.match(kws[a], e, func() bool { return assign(a + 1) })
			used[j] = false
			if stop {
				return true
			}
		}
		return false
	}
	return assign(0)
}

// matchJSX matches a JSX element pattern: the name, then the pattern's
// attributes as an unordered subset of the target's. A self-closing
// pattern also matches an element with children (any children).
func (m *matcher) matchJSX(p *pnode, n *ast.Node, k func() bool) bool {
	t := n
	switch {
	case n.Type == p.typ:
	case p.typ == "jsx_self_closing_element" && n.Type == "jsx_element":
		t = n.ChildByField("open_tag")
		if t == nil {
			return false
		}
	default:
		return false
	}
	name := t.ChildByField("name")
	if name == nil {
		return false
	}
	start := len(m.scratch)
	for _, ch := range t.Children {
		if ch.Named && ch.Field != "name" && !m.spec.Comment[ch.Type] {
			m.scratch = append(m.scratch, ch)
		}
	}
	attrs := m.scratch[start:len(m.scratch):len(m.scratch)]
	if len(attrs) < len(p.entries) {
		return false
	}
	return m.match(p.jsxName, name, func() bool { return m.unordered(p.entries, attrs, 0, k) })
}

// receiver returns the expression a member access, subscript or call in
// a method chain is applied to (a.b -> a, a[i] -> a, f() -> f, Java
// o.m() -> o), or nil.
func (m *matcher) receiver(n *ast.Node) *ast.Node {
	if ms, ok := m.spec.Member[n.Type]; ok {
		return n.ChildByField(ms.Object)
	}
	if ss, ok := m.spec.Subscript[n.Type]; ok {
		return n.ChildByField(ss.Object)
	}
	if cs, ok := m.spec.Call[n.Type]; ok {
		if cs.Object != "" {
			return n.ChildByField(cs.Object)
		}
		return n.ChildByField(cs.Function)
	}
	return nil
}

// soleDeclarator returns the only assignment-kind child of a declaration
// statement (let x = 1; String s = f();), or nil.
func (m *matcher) soleDeclarator(n *ast.Node) *ast.Node {
	var d *ast.Node
	for _, c := range n.Children {
		if _, ok := m.spec.Assignment[c.Type]; ok && c.Named {
			if d != nil {
				return nil
			}
			d = c
		}
	}
	return d
}

// isMember reports whether n is a member/attribute access kind.
func (m *matcher) isMember(n *ast.Node) bool {
	_, ok := m.spec.Member[n.Type]
	return ok
}

// assignShape returns the assignment shape of a target node type: the
// language's Assignment kinds, plus the JS/TS class field definitions
// (`apiKey = 'x'`, `private readonly k = 'x'`), which Semgrep treats as
// variable definitions an assignment pattern matches.
func assignShape(spec *lang.Spec, typ string) (lang.PairShape, bool) {
	if s, ok := spec.Assignment[typ]; ok {
		return s, true
	}
	if _, js := spec.Assignment["variable_declarator"]; !js {
		return lang.PairShape{}, false
	}
	switch typ {
	case "public_field_definition": // TypeScript
		return lang.PairShape{Left: "name", Right: "value"}, true
	case "field_definition": // JavaScript
		return lang.PairShape{Left: "property", Right: "value"}, true
	}
	return lang.PairShape{}, false
}

// fieldDefinitionKinds are the class field kinds assignShape adds.
func fieldDefinitionKinds() []string { return []string{"field_definition", "public_field_definition"} }

// goParams pushes the parameters of a Go parameter list, a grouped
// declaration (w, r *http.Request) split into one declaration per name
// as Semgrep normalises it, so `$R *http.Request` matches r.
func (m *matcher) goParams(n *ast.Node) []*ast.Node {
	start := len(m.scratch)
	for _, ch := range n.Children {
		if !ch.Named || m.spec.Comment[ch.Type] || ch.StartByte == ch.EndByte && len(ch.Children) == 0 {
			continue
		}
		if ch.Type == "parameter_declaration" {
			if split := m.ix.splitParam(ch); split != nil {
				m.scratch = append(m.scratch, split...)
				continue
			}
		}
		m.scratch = append(m.scratch, ch)
	}
	return m.scratch[start:len(m.scratch):len(m.scratch)]
}

// matchImportDecl matches an import spec pattern against each spec of a Go
// import declaration (`import "os"` or a grouped `import (...)`).
func (m *matcher) matchImportDecl(p *pnode, n *ast.Node, k func() bool) bool {
	for _, c := range n.Children {
		switch c.Type {
		case "import_spec":
			if m.match(p, c, k) {
				return true
			}
		case "import_spec_list":
			for _, s := range c.Children {
				if s.Type == "import_spec" && m.match(p, s, k) {
					return true
				}
			}
		}
	}
	return false
}

// exprBody reports whether n (possibly parenthesised) is the expression
// body of an arrow function or Java lambda, not a block.
func (m *matcher) exprBody(n *ast.Node) bool {
	for d := 0; n != nil && d < 16; d++ {
		if n.Field == "body" {
			par := n.Parent
			return par != nil && (par.Type == "arrow_function" || par.Type == "lambda_expression") && !m.spec.Block[n.Type]
		}
		if n.Parent == nil || !m.spec.Paren[n.Parent.Type] {
			return false
		}
		n = n.Parent
	}
	return false
}

// callee returns the target child ch to compare with a call pattern's
// child: the operand of an await expression that tree-sitter TypeScript
// made a call's function (`await o.m<T>(x)` parses as a call of
// `await o.m` with type arguments), otherwise ch.
func (m *matcher) callee(p *pnode, ch *ast.Node) *ast.Node {
	if p.call && ch.Field == "function" && ch.Type == "await_expression" {
		if v := m.spec.SoleNamed(ch); v != nil {
			return v
		}
	}
	return ch
}

// hasToken reports whether n has an anonymous child token with text t.
func (m *matcher) hasToken(n *ast.Node, t string) bool {
	for _, c := range n.Children {
		if !c.Named && int(c.EndByte-c.StartByte) == len(t) && m.text(c) == t {
			return true
		}
	}
	return false
}
