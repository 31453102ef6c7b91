// Package ast holds the compact Go-side syntax tree that every SAST rule
// shares. A tree-sitter tree is converted into it once per file (see
// sast/lang); after that no cgo call is made. Patterns are trees of the same
// type with a few special node types (metavariables, ellipses, deep
// expressions). The package does no parsing and no I/O.
package ast

// Special node types that only occur in pattern trees.
const (
	// TypeMetavar is a metavariable such as $X or $_; Value holds its name.
	TypeMetavar = "$metavar"
	// TypeEllipsis is "..." in an argument list, statement sequence,
	// parameter list, body, array or object; Value holds "$...NAME" for an
	// ellipsis metavariable and is empty otherwise.
	TypeEllipsis = "$ellipsis"
	// TypeDeep is "<... e ...>": Children[0] is e, which may match anywhere
	// inside the target node.
	TypeDeep = "$deep"
	// TypeSequence is the root of a pattern of several statements; its
	// Children are the statements, to be matched as consecutive
	// statements of a block.
	TypeSequence = "$sequence"
)

// Point is a 0-based row and byte column.
type Point struct {
	Row, Col uint32
}

// Node is one syntax node. Type is the tree-sitter kind (or one of the
// special pattern types). Anonymous tokens (punctuation, keywords,
// operators) are kept as unnamed leaf nodes so operators can be compared.
type Node struct {
	Type      string
	Field     string // the field name this node has in its parent, "" if none
	Value     string // pattern-only: metavariable or ellipsis name
	Named     bool
	Error     bool // an ERROR or MISSING node produced by error recovery
	StartByte uint32
	EndByte   uint32
	Start     Point
	End       Point
	Parent    *Node
	Children  []*Node
}

// Tree is a parsed file.
type Tree struct {
	Language   string // the sast/lang name, e.g. "python"
	Source     []byte
	Root       *Node
	ErrorCount int // ERROR and MISSING nodes: how much error recovery was needed
	NodeCount  int
}

// Text returns the source bytes the node covers.
func (t *Tree) Text(n *Node) string {
	if n == nil || int(n.EndByte) > len(t.Source) || n.StartByte > n.EndByte {
		return ""
	}
	return string(t.Source[n.StartByte:n.EndByte])
}

// ChildByField returns the first child with the given field name.
func (n *Node) ChildByField(field string) *Node {
	for _, c := range n.Children {
		if c.Field == field {
			return c
		}
	}
	return nil
}

// NamedChildren returns the named children (allocates).
func (n *Node) NamedChildren() []*Node {
	var out []*Node
	for _, c := range n.Children {
		if c.Named {
			out = append(out, c)
		}
	}
	return out
}

// Contains reports whether m lies within n's byte range.
func (n *Node) Contains(m *Node) bool {
	return n.StartByte <= m.StartByte && m.EndByte <= n.EndByte
}

// Walk calls fn for n and its descendants in pre-order; when fn returns
// false the node's children are skipped. It uses an explicit stack, so
// deeply nested trees cannot overflow the goroutine stack.
func Walk(n *Node, fn func(*Node) bool) {
	if n == nil {
		return
	}
	stack := []*Node{n}
	for len(stack) > 0 {
		cur := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !fn(cur) {
			continue
		}
		for i := len(cur.Children) - 1; i >= 0; i-- {
			stack = append(stack, cur.Children[i])
		}
	}
}
