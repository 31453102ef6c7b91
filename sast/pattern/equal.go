package pattern

import (
	"strings"

	"github.com/vouchsec/vouch/sast/ast"
)

// sameCode reports whether a and b are the same code: equal token
// sequences, ignoring comments and layout, seeing through outer
// parentheses and comparing string literals by value. It is iterative
// and bounded.
func (m *matcher) sameCode(a, b *ast.Node) bool {
	a, b = m.spec.Unparen(a), m.spec.Unparen(b)
	if a == b {
		return true
	}
	if a.EndByte-a.StartByte == b.EndByte-b.StartByte && m.text(a) == m.text(b) {
		return true
	}
	sa := append(m.stackA[:0], a)
	sb := append(m.stackB[:0], b)
	defer func() { m.stackA, m.stackB = sa[:0], sb[:0] }()
	for steps := 0; steps < 4*maxSteps; steps++ {
		var x, y *ast.Node
		x, sa = m.nextToken(sa)
		y, sb = m.nextToken(sb)
		if x == nil || y == nil {
			return x == nil && y == nil
		}
		if m.spec.String[x.Type] && m.spec.String[y.Type] {
			vx, okx := stringValue(m.ix.lang, m.ix.tree, x)
			vy, oky := stringValue(m.ix.lang, m.ix.tree, y)
			if okx && oky {
				if vx != vy {
					return false
				}
				continue
			}
			if m.text(x) != m.text(y) {
				return false
			}
			continue
		}
		if m.text(x) != m.text(y) {
			return false
		}
	}
	return false
}

// nextToken pops the next leaf (or string literal) in pre-order.
func (m *matcher) nextToken(stack []*ast.Node) (*ast.Node, []*ast.Node) {
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if m.spec.Comment[n.Type] || (n.StartByte == n.EndByte && len(n.Children) == 0) {
			continue
		}
		if len(n.Children) == 0 || m.spec.String[n.Type] {
			return n, stack
		}
		if len(stack) > maxDepth {
			return nil, stack[:0]
		}
		for i := len(n.Children) - 1; i >= 0; i-- {
			stack = append(stack, n.Children[i])
		}
	}
	return nil, stack
}

// notLiteralByte reports whether c may not occur in a prefilter literal.
func notLiteralByte(c rune) bool {
	return !(c == '_' || c == '.' || c == '-' || c == '/' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')
}

// literals collects identifiers and simple strings that every match of p
// must contain. Alternatives (none in a single pattern except aliases,
// which keep the final name in the text) are not needed.
func literals(p *pnode) []string {
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		if len(s) < 2 || seen[s] {
			return
		}
		if strings.IndexFunc(s, notLiteralByte) >= 0 {
			return
		}
		seen[s] = true
		out = append(out, s)
	}
	var walk func(p *pnode, depth int)
	walk = func(p *pnode, depth int) {
		if depth > maxPatternDepth {
			return
		}
		switch p.kind {
		case pkIdent:
			add(p.text)
		case pkString:
			add(p.text)
		case pkInterp:
			// literal parts are compared as raw source text: each word
			// of them is in the file
			for _, pt := range p.parts {
				if pt.kind == ipText {
					for _, w := range strings.FieldsFunc(pt.text, notLiteralByte) {
						add(w)
					}
				}
			}
			for _, c := range p.children {
				walk(c, depth+1)
			}
		case pkDeep, pkNode, pkSeq, pkChain:
			for _, c := range p.children {
				walk(c, depth+1)
			}
		}
	}
	walk(p, 0)
	return out
}
