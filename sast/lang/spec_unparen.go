package lang

import "github.com/vouchsec/vouch/sast/ast"

// SoleNamed returns n's only named child that is not a comment, or nil
// when it has none or several.
func (s *Spec) SoleNamed(n *ast.Node) *ast.Node {
	if n == nil {
		return nil
	}
	var only *ast.Node
	for _, c := range n.Children {
		if c.Named && !s.Comment[c.Type] {
			if only != nil {
				return nil
			}
			only = c
		}
	}
	return only
}

// Unparen returns the expression that parentheses (Spec.Paren kinds,
// nested any number of times) around n enclose, or n itself. It is
// iterative: hostile nesting costs time linear in the depth, no stack.
func (s *Spec) Unparen(n *ast.Node) *ast.Node {
	for n != nil && n.Named && len(n.Children) >= 2 && s.Paren[n.Type] {
		inner := s.SoleNamed(n)
		if inner == nil {
			return n
		}
		n = inner
	}
	return n
}
