// Package pattern owns Semgrep-compatible structural matching of one code
// pattern against a parsed file: metavariables, ellipses, deep expressions,
// statement sequences and the equivalences Semgrep applies (parentheses,
// string quoting, keyword-argument order, import aliases, assignment
// forms). It evaluates no formulas (that is sast/search), parses nothing
// itself (sast/lang does) and does no I/O.
//
// A pattern is compiled once per rule and matched against many files. All
// per-file work that does not depend on the pattern (a node-type index, the
// import alias table) lives in an Index built once per tree and shared by
// every pattern of every rule run on that tree.
package pattern

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/vouchsec/vouch/sast/ast"
	"github.com/vouchsec/vouch/sast/lang"
)

// Binding is the code a metavariable is bound to. For an ellipsis
// metavariable ($...ARGS) Nodes may be empty; the range is then empty and
// sits where the run would have been.
type Binding struct {
	Nodes              []*ast.Node
	StartByte, EndByte int
	Start, End         ast.Point
	Text               string
}

// Bindings maps metavariable names ("$X") to their bindings.
type Bindings map[string]Binding

// Match is one match of a pattern: the range it covers, the matched nodes
// (one node, or the statements of a sequence pattern) and the bindings.
type Match struct {
	StartByte, EndByte int
	Start, End         ast.Point
	Nodes              []*ast.Node
	Bindings           Bindings
}

// Pattern is a compiled code pattern. It is immutable and safe for
// concurrent use.
type Pattern struct {
	lang    *lang.Language
	src     string
	root    *pnode
	lits    []string
	anchors []string
	cands   candidates
	// binds: the metavariables the pattern may bind; cons: constraints
	// on them checked before a solution is recorded (see Where).
	binds map[string]bool
	cons  []Constraint
	// extend: the pattern was a statement sequence ending in "..."; a
	// match's range runs to the end of the enclosing block (Semgrep).
	extend bool
}

// Limits that keep hostile input (deep trees, long argument lists, many
// ellipses) from exhausting time or stack.
const (
	// maxPatternDepth bounds the nesting of a compiled pattern.
	maxPatternDepth = 500
	// maxSteps bounds the match attempts spent on one candidate node.
	maxSteps = 200000
	// maxSolutions bounds how many distinct binding sets one candidate
	// node may yield (e.g. foo(..., $X, ...) over a long argument list).
	maxSolutions = 16
	// maxTotalSteps bounds the work of one Match call over a whole file.
	maxTotalSteps = 20000000
	// maxDepth bounds any descent into the target tree by the matcher.
	maxDepth = 10000
	// recordCost is the work, in steps, charged for recording one match
	// (it allocates), so that a pattern with a huge number of matches
	// (a deep metavariable over deeply nested code) also exhausts the
	// budget.
	recordCost = 16
)

// ErrBudget is returned when matching one pattern against one file needs
// more work than the matcher allows (pathological input).
var ErrBudget = errors.New("match work budget exceeded")

// Compile parses src as a pattern of language l.
func Compile(l *lang.Language, src string) (*Pattern, error) {
	if l == nil {
		return nil, fmt.Errorf("compiling pattern %q: no language", src)
	}
	t, err := parsePattern(l, src)
	if err != nil {
		return nil, fmt.Errorf("parsing pattern %q (%s): %w", src, l.Name, err)
	}
	c := &compiler{l: l, t: t, spec: specOf(l)}
	root, err := c.build(t.Root, 0)
	if err != nil {
		return nil, fmt.Errorf("pattern %q (%s): %w", src, l.Name, err)
	}
	if root == nil {
		return nil, fmt.Errorf("pattern %q (%s): empty pattern", src, l.Name)
	}
	extend := trailingEllipsis(root)
	root = c.finishRoot(root)
	p := &Pattern{lang: l, src: src, root: root, extend: extend}
	p.lits = literals(root)
	p.anchors = anchors(root)
	p.cands = c.candidatesFor(root)
	p.binds = boundNames(root)
	return p, nil
}

// String returns the pattern source.
func (p *Pattern) String() string { return p.src }

// Language returns the pattern's language.
func (p *Pattern) Language() *lang.Language { return p.lang }

// Literals returns identifiers and plain strings every match needs; a file
// whose text lacks any of them cannot match. The slice is shared: do not
// modify it.
func (p *Pattern) Literals() []string { return p.lits }

// Match returns the matches of p in t, sorted by position. It builds a
// fresh Index; callers matching several patterns against one tree should
// build one Index and call MatchIndex.
func (p *Pattern) Match(ctx context.Context, t *ast.Tree) ([]Match, error) {
	return p.MatchIndex(ctx, NewIndex(p.lang, t))
}

// MatchIndex returns the matches of p in the tree ix was built for.
func (p *Pattern) MatchIndex(ctx context.Context, ix *Index) ([]Match, error) {
	return p.matchIn(ctx, ix, nil)
}

// MatchNodes returns the matches of p inside the given subtrees only (the
// nodes and their descendants); metavariable-pattern uses it.
func (p *Pattern) MatchNodes(ctx context.Context, ix *Index, roots []*ast.Node) ([]Match, error) {
	if len(roots) == 0 {
		return nil, nil
	}
	return p.matchIn(ctx, ix, roots)
}

func (p *Pattern) matchIn(ctx context.Context, ix *Index, within []*ast.Node) ([]Match, error) {
	if ix == nil || ix.tree == nil || ix.tree.Root == nil {
		return nil, nil
	}
	var nodes []*ast.Node
	if within != nil {
		// only the subtrees: walk them rather than filter every candidate
		nodes = p.cands.under(ix, within)
	} else {
		// anchoring first: when it pays off the full list is not needed
		if an, ok := p.anchoredNodes(ix, p.cands.count(ix)); ok {
			nodes = an
		} else {
			nodes = p.cands.nodes(ix)
		}
	}
	return p.matchNodes(ctx, ix, nodes)
}

// matchNodes matches p at each of the candidate nodes.
func (p *Pattern) matchNodes(ctx context.Context, ix *Index, nodes []*ast.Node) ([]Match, error) {
	m := ix.matcher()
	defer ix.release(m)
	var out []Match
	for i, n := range nodes {
		if i&255 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("matching %q: %w", p.src, err)
			}
		}
		k := len(out)
		out = m.matchRoot(p.root, n, p.cons, out)
		if p.extend {
			for j := k; j < len(out); j++ {
				ix.extendToBlockEnd(&out[j])
			}
		}
		m.total += m.steps + recordCost*(len(out)-k)
		if m.total > ix.budget() {
			ix.spent.Add(int64(m.total))
			return nil, fmt.Errorf("matching %q: %w", p.src, ErrBudget)
		}
	}
	ix.spent.Add(int64(m.total))
	SortByRange(out)
	return DedupSorted(out, maxSolutions, func(a, b *Match) bool { return a.Bindings.SameRanges(b.Bindings) }), nil
}

// Range returns the match's byte range.
func (m *Match) Range() (start, end int) { return m.StartByte, m.EndByte }

// Ranged is a match or a value holding one (sast/search's items).
type Ranged interface{ Range() (start, end int) }

// SortByRange orders ms by start, then by end descending (outer first),
// stably.
func SortByRange[E any, P interface {
	*E
	Ranged
}](ms []E) {
	sort.SliceStable(ms, func(i, j int) bool {
		si, ei := P(&ms[i]).Range()
		sj, ej := P(&ms[j]).Range()
		if si != sj {
			return si < sj
		}
		return ei > ej
	})
}

// DedupSorted drops from ms (sorted by SortByRange) every element whose
// range equals that of an earlier kept one for which same(kept, element)
// holds, comparing with at most the last window kept elements (all when
// window <= 0). It reuses ms's array.
func DedupSorted[E any, P interface {
	*E
	Ranged
}](ms []E, window int, same func(a, b *E) bool) []E {
	out := ms[:0]
	for i := range ms {
		s, e := P(&ms[i]).Range()
		dup := false
		for j := len(out) - 1; j >= 0 && (window <= 0 || j >= len(out)-window); j-- {
			sj, ej := P(&out[j]).Range()
			if sj != s {
				break
			}
			if ej == e && same(&out[j], &ms[i]) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, ms[i])
		}
	}
	return out
}

// SameRanges reports whether a and b bind the same metavariables to the
// same ranges.
func (a Bindings) SameRanges(b Bindings) bool {
	if len(a) != len(b) {
		return false
	}
	for k, x := range a {
		y, ok := b[k]
		if !ok || x.StartByte != y.StartByte || x.EndByte != y.EndByte {
			return false
		}
	}
	return true
}

// Unselective reports whether p is a lone metavariable ($X), which
// matches every node: callers that can bound the search (a
// pattern-inside) should use MatchInRanges.
func (p *Pattern) Unselective() bool { return p.root.kind == pkMetavar }

// MatchInRanges returns the matches of p rooted at nodes lying inside the
// union of the given byte ranges ([start, end) pairs, any order); it is
// MatchIndex restricted to where a match can still matter.
func (p *Pattern) MatchInRanges(ctx context.Context, ix *Index, ranges [][2]int) ([]Match, error) {
	if ix == nil || ix.tree == nil || ix.tree.Root == nil || len(ranges) == 0 {
		return nil, nil
	}
	rs := append([][2]int(nil), ranges...)
	sort.Slice(rs, func(i, j int) bool { return rs[i][0] < rs[j][0] })
	merged := rs[:1]
	for _, r := range rs[1:] {
		last := &merged[len(merged)-1]
		if r[0] <= last[1] {
			last[1] = max(last[1], r[1])
		} else {
			merged = append(merged, r)
		}
	}
	all := p.cands.nodes(ix) // pre-order: sorted by start
	var nodes []*ast.Node
	for _, r := range merged {
		i := sort.Search(len(all), func(i int) bool { return int(all[i].StartByte) >= r[0] })
		for ; i < len(all) && int(all[i].StartByte) < r[1]; i++ {
			if int(all[i].EndByte) <= r[1] {
				nodes = append(nodes, all[i])
			}
		}
	}
	return p.matchNodes(ctx, ix, nodes)
}
