package pattern

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/vouchsec/vouch/sast/ast"
	"github.com/vouchsec/vouch/sast/lang"
)

// Index is the pattern-independent per-file data the matcher needs: the
// nodes of each type in pre-order, the source as a string (so node texts
// are substrings, not allocations) and the import alias table. Build it
// once per tree with NewIndex and pass it to every pattern (MatchIndex) and
// query (search.Query.EvalIndex) run on that tree. It is safe for
// concurrent use; its lazily built parts are built once.
type Index struct {
	lang   *lang.Language
	spec   *lang.Spec
	tree   *ast.Tree
	src    string
	byType map[string][]*ast.Node
	named  []*ast.Node // every named, non-comment node in pre-order

	aliasOnce sync.Once
	aliases   *aliasTable

	leavesOnce sync.Once
	leaves     map[string][]*ast.Node

	konstOnce sync.Once
	konst     *konstTable

	linesOnce sync.Once
	lines     []int // byte offset of each line start

	candMu sync.Mutex
	cands  map[string][]*ast.Node // multi-type candidate lists by key

	mu   sync.Mutex
	free []*matcher

	splitMu sync.Mutex
	split   map[*ast.Node][]*ast.Node // Go grouped parameters, per name

	// maxWork, when positive, replaces maxTotalSteps as the work budget
	// of one Match call (tests); spent counts the steps of all calls.
	maxWork int
	spent   atomic.Int64
}

// budget is the work one Match call may spend.
func (ix *Index) budget() int {
	if ix.maxWork > 0 {
		return ix.maxWork
	}
	return maxTotalSteps
}

// NewIndex indexes t, a tree of language l.
func NewIndex(l *lang.Language, t *ast.Tree) *Index {
	ix := &Index{lang: l, spec: specOf(l), tree: t, byType: map[string][]*ast.Node{}}
	if t == nil {
		return ix
	}
	ix.src = string(t.Source)
	if t.Root == nil {
		return ix
	}
	ast.Walk(t.Root, func(n *ast.Node) bool {
		if n.Named && !ix.spec.Comment[n.Type] {
			ix.byType[n.Type] = append(ix.byType[n.Type], n)
			ix.named = append(ix.named, n)
		}
		return true
	})
	return ix
}

// Tree returns the indexed tree.
func (ix *Index) Tree() *ast.Tree { return ix.tree }

// Language returns the tree's language.
func (ix *Index) Language() *lang.Language { return ix.lang }

// Text returns the source text of n without allocating.
func (ix *Index) Text(n *ast.Node) string {
	if n == nil || int(n.EndByte) > len(ix.src) || n.StartByte > n.EndByte {
		return ""
	}
	return ix.src[n.StartByte:n.EndByte]
}

// Source returns the file text.
func (ix *Index) Source() string { return ix.src }

// NodesOfType returns the nodes of type typ in pre-order (shared slice).
func (ix *Index) NodesOfType(typ string) []*ast.Node { return ix.byType[typ] }

func (ix *Index) aliasTable() *aliasTable {
	ix.aliasOnce.Do(func() { ix.aliases = buildAliases(ix) })
	return ix.aliases
}

func (ix *Index) matcher() *matcher {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if n := len(ix.free); n > 0 {
		m := ix.free[n-1]
		ix.free = ix.free[:n-1]
		return m
	}
	return &matcher{ix: ix, spec: ix.spec}
}

func (ix *Index) release(m *matcher) {
	m.resetAll()
	ix.mu.Lock()
	ix.free = append(ix.free, m)
	ix.mu.Unlock()
}

// Equal reports whether two bindings denote syntactically equal code:
// the same token sequence, ignoring comments, layout, parentheses and
// string quoting style.
func (ix *Index) Equal(a, b Binding) bool {
	if len(a.Nodes) != len(b.Nodes) {
		return a.Text == b.Text
	}
	if len(a.Nodes) == 0 {
		return a.Text == b.Text
	}
	m := ix.matcher()
	defer ix.release(m)
	for i := range a.Nodes {
		if !m.sameCode(a.Nodes[i], b.Nodes[i]) {
			return false
		}
	}
	return true
}

// candidates says which nodes of a tree may be the root of a match.
type candidates struct {
	types []string // nodes of these types
	all   bool     // every named node
	root  bool     // also the tree root (statement sequences at top level)
	// key identifies types+root, for the per-Index cache of multi-type
	// candidate lists; set is types as a set.
	key string
	set map[string]bool
}

func newCandidates(types []string, root bool) candidates {
	c := candidates{types: types, root: root, set: make(map[string]bool, len(types))}
	for _, t := range types {
		c.set[t] = true
	}
	if root {
		c.key = "^"
	}
	c.key += strings.Join(types, ",")
	return c
}

// nodes returns the candidates in pre-order (shared slice: do not
// modify). Multi-type lists are built once per Index by one pass over
// the named nodes (already in pre-order, so no sorting).
func (c candidates) nodes(ix *Index) []*ast.Node {
	if c.all {
		return ix.named
	}
	if len(c.types) == 1 && !c.root {
		return ix.byType[c.types[0]]
	}
	ix.candMu.Lock()
	defer ix.candMu.Unlock()
	if out, ok := ix.cands[c.key]; ok {
		return out
	}
	// k-way merge of the per-type lists, each already in pre-order
	lists := make([][]*ast.Node, 0, len(c.types)+1)
	total := 0
	if c.root && ix.tree.Root != nil {
		lists = append(lists, []*ast.Node{ix.tree.Root})
	}
	for _, t := range c.types {
		if l := ix.byType[t]; len(l) > 0 {
			lists = append(lists, l)
			total += len(l)
		}
	}
	out := make([]*ast.Node, 0, total+1)
	for {
		best := -1
		for i, l := range lists {
			if len(l) == 0 {
				continue
			}
			if best < 0 || before(l[0], lists[best][0]) {
				best = i
			}
		}
		if best < 0 {
			break
		}
		n := lists[best][0]
		lists[best] = lists[best][1:]
		if len(out) == 0 || out[len(out)-1] != n { // the root may also be of a listed type
			out = append(out, n)
		}
	}
	if ix.cands == nil {
		ix.cands = map[string][]*ast.Node{}
	}
	ix.cands[c.key] = out
	return out
}

// before orders nodes by start, then outer (longer) first.
func before(a, b *ast.Node) bool {
	if a.StartByte != b.StartByte {
		return a.StartByte < b.StartByte
	}
	return a.EndByte > b.EndByte
}

// count is the number of candidates (without building the list).
func (c candidates) count(ix *Index) int {
	if c.all {
		return len(ix.named)
	}
	n := 0
	if c.root {
		n++
	}
	for _, t := range c.types {
		n += len(ix.byType[t])
	}
	return n
}

// under returns the candidates among the given subtrees (the roots and
// their descendants), in pre-order.
func (c candidates) under(ix *Index, roots []*ast.Node) []*ast.Node {
	var out []*ast.Node
	for _, r := range roots {
		ast.Walk(r, func(n *ast.Node) bool {
			if n.Named && !ix.spec.Comment[n.Type] && c.accepts(n) {
				out = append(out, n)
			}
			return true
		})
	}
	return out
}

// accepts reports whether n may be the root of a match.
func (c candidates) accepts(n *ast.Node) bool {
	if c.all || c.root && n.Parent == nil {
		return true
	}
	return c.set[n.Type]
}

// Point converts a byte offset of the indexed source to a row/column.
func (ix *Index) Point(off int) ast.Point {
	ix.linesOnce.Do(func() {
		ix.lines = append(ix.lines, 0)
		for i := 0; i < len(ix.src); i++ {
			if ix.src[i] == '\n' {
				ix.lines = append(ix.lines, i+1)
			}
		}
	})
	off = max(0, min(off, len(ix.src)))
	lo, hi := 0, len(ix.lines)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if ix.lines[mid] <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return ast.Point{Row: uint32(lo), Col: uint32(off - ix.lines[lo])}
}

// splitParam returns, for a Go parameter declaration with several names
// (w, r *http.Request), one synthetic declaration per name sharing the
// type node (built once per Index), or nil for a single name.
func (ix *Index) splitParam(d *ast.Node) []*ast.Node {
	var names []*ast.Node
	var typ *ast.Node
	for _, c := range d.Children {
		switch c.Field {
		case "name":
			names = append(names, c)
		case "type":
			typ = c
		}
	}
	if len(names) < 2 || typ == nil {
		return nil
	}
	ix.splitMu.Lock()
	defer ix.splitMu.Unlock()
	if out, ok := ix.split[d]; ok {
		return out
	}
	out := make([]*ast.Node, len(names))
	for i, nm := range names {
		out[i] = &ast.Node{Type: d.Type, Field: d.Field, Named: true, Parent: d.Parent,
			StartByte: nm.StartByte, EndByte: typ.EndByte, Start: nm.Start, End: typ.End,
			Children: []*ast.Node{nm, typ}}
	}
	if ix.split == nil {
		ix.split = map[*ast.Node][]*ast.Node{}
	}
	ix.split[d] = out
	return out
}
