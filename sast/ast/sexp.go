package ast

import (
	"strconv"
	"strings"
)

// Sexp renders n as an S-expression for tests and debugging: named nodes
// only, "field:" before a child that has a field name, the quoted source
// text of named leaves, and the Value of metavariables and ellipses:
//
//	(call function:(attribute object:(identifier "os") attribute:(identifier "system")) arguments:(argument_list ($metavar $X)))
//
// It uses an explicit stack, so deep trees cannot overflow the stack.
func Sexp(t *Tree, n *Node) string {
	if n == nil {
		return "()"
	}
	var b strings.Builder
	type frame struct {
		n    *Node
		next int // index of the next child to print; -1 before the node itself
	}
	stack := []frame{{n: n, next: -1}}
	for len(stack) > 0 {
		f := &stack[len(stack)-1]
		cur := f.n
		if f.next < 0 {
			f.next = 0
			if cur != n && cur.Field != "" {
				b.WriteString(cur.Field)
				b.WriteByte(':')
			}
			b.WriteByte('(')
			b.WriteString(cur.Type)
			switch {
			case cur.Type == TypeMetavar || cur.Type == TypeEllipsis:
				if cur.Value != "" {
					b.WriteByte(' ')
					b.WriteString(cur.Value)
				}
			case !hasNamed(cur) && cur.Type != TypeDeep && cur.Type != TypeSequence && t != nil:
				b.WriteByte(' ')
				b.WriteString(strconv.Quote(t.Text(cur)))
			}
		}
		advanced := false
		for f.next < len(cur.Children) {
			c := cur.Children[f.next]
			f.next++
			if c.Named {
				b.WriteByte(' ')
				stack = append(stack, frame{n: c, next: -1})
				advanced = true
				break
			}
		}
		if !advanced {
			b.WriteByte(')')
			stack = stack[:len(stack)-1]
		}
	}
	return b.String()
}

func hasNamed(n *Node) bool {
	for _, c := range n.Children {
		if c.Named {
			return true
		}
	}
	return false
}
