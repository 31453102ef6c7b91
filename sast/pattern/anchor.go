package pattern

import (
	"sort"

	"github.com/vouchsec/vouch/sast/ast"
)

// anchors are texts of which at least one leaf token must occur inside
// every match: identifiers outside dotted names and the last segment of
// each dotted name (an import alias may stand for the rest; the alias
// table maps alias tokens back, see leafIndex).
func anchors(p *pnode) []string {
	var out []string
	seen := map[string]bool{}
	var walk func(p *pnode, depth int)
	walk = func(p *pnode, depth int) {
		if depth > maxPatternDepth {
			return
		}
		if p.segs != nil {
			s := p.segs[len(p.segs)-1]
			if !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
			return
		}
		for _, c := range p.children {
			walk(c, depth+1)
		}
		if p.pos != nil {
			walk(p.pos, depth+1)
		}
	}
	walk(p, 0)
	return out
}

// leafIndex maps the text of every named leaf (identifiers, string
// fragments) to its nodes; an import alias's tokens also count as the
// segments of what it stands for. Built once per Index, on first use.
func (ix *Index) leafIndex() map[string][]*ast.Node {
	ix.leavesOnce.Do(func() {
		ix.leaves = map[string][]*ast.Node{}
		for _, n := range ix.named {
			if len(n.Children) == 0 {
				t := ix.Text(n)
				ix.leaves[t] = append(ix.leaves[t], n)
			}
		}
		for local, exp := range ix.aliasTable().names {
			occ := ix.leaves[local]
			for _, s := range exp {
				if s != local {
					ix.leaves[s] = append(ix.leaves[s][:len(ix.leaves[s]):len(ix.leaves[s])], occ...)
				}
			}
		}
	})
	return ix.leaves
}

// anchoredNodes returns the candidates that contain an occurrence of the
// pattern's rarest anchor, or ok=false when anchoring does not pay off.
func (p *Pattern) anchoredNodes(ix *Index, all int) ([]*ast.Node, bool) {
	if len(p.anchors) == 0 {
		return nil, false
	}
	leaves := ix.leafIndex()
	var best []*ast.Node
	for i, a := range p.anchors {
		occ := leaves[a]
		if i == 0 || len(occ) < len(best) {
			best = occ
		}
		if len(best) == 0 {
			return nil, true // a required token is absent: no match
		}
	}
	if len(best)*4 > all {
		return nil, false
	}
	ok := func(n *ast.Node) bool { return n.Named && p.cands.accepts(n) }
	// Visit leaves in document order; an ancestor that contains the
	// previous leaf was visited from it (leaves do not overlap), so the
	// walk up stops there. No visited set is needed.
	if !sort.SliceIsSorted(best, func(i, j int) bool { return best[i].StartByte < best[j].StartByte }) {
		best = append([]*ast.Node(nil), best...)
		sortNodes(best)
	}
	var out []*ast.Node
	var prev *ast.Node
	for _, leaf := range best {
		if leaf == prev {
			continue
		}
		for n, d := leaf, 0; n != nil && d < maxDepth; n, d = n.Parent, d+1 {
			if prev != nil && n.StartByte <= prev.StartByte && prev.EndByte <= n.EndByte && n != leaf {
				break // n and its ancestors were visited from prev
			}
			if ok(n) {
				out = append(out, n)
			}
		}
		prev = leaf
	}
	sortNodes(out)
	return out, true
}

// trailingEllipsis reports whether p is a statement sequence whose last
// element is a plain "..." (before finishRoot drops it).
func trailingEllipsis(p *pnode) bool {
	if p == nil || p.kind != pkSeq || len(p.children) < 2 {
		return false
	}
	last := p.children[len(p.children)-1]
	return last.kind == pkEllipsis && last.text == ""
}

// extendToBlockEnd widens mt to the end of the block holding its last
// matched node: the statement of that block containing the node and
// every statement after it. Semgrep gives a sequence pattern ending in
// "..." this range, so `pattern-inside: "f($X)\n..."` covers the rest of
// the block. The file's root counts as a block: a top-level declaration
// followed by "..." (`import "text/template"\n...`) covers the rest of
// the file.
func (ix *Index) extendToBlockEnd(mt *Match) {
	if len(mt.Nodes) == 0 {
		return
	}
	n := mt.Nodes[len(mt.Nodes)-1]
	for d := 0; n != nil && n.Parent != nil && !ix.spec.Block[n.Parent.Type] && n.Parent != ix.tree.Root; d++ {
		if d > maxDepth {
			return
		}
		n = n.Parent
	}
	if n == nil || n.Parent == nil {
		return
	}
	kids := n.Parent.Children
	for i := len(kids) - 1; i >= 0; i-- {
		c := kids[i]
		if !c.Named || ix.spec.Comment[c.Type] || c.StartByte == c.EndByte {
			continue
		}
		if int(c.EndByte) > mt.EndByte {
			mt.EndByte, mt.End = int(c.EndByte), c.End
		}
		return
	}
}
