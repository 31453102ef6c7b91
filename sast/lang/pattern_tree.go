package lang

import (
	"bytes"
	"strings"

	"github.com/vouchsec/vouch/sast/ast"
)

// patternWrappers are, per language, the node kinds that are replaced by
// the placeholder they wrap when it is their only named content, so that
// e.g. an ellipsis statement is a $ellipsis child of its block.
func (l *Language) patternWrappers() map[string]bool {
	switch l.Name {
	case "python":
		return set("expression_statement", "dotted_name")
	case "go":
		return set("expression_statement", "parameter_declaration", "literal_element")
	case "java":
		return set("expression_statement")
	case "typescript", "tsx":
		return set("expression_statement", "required_parameter")
	default:
		return set("expression_statement")
	}
}

// containerKinds are program and block kinds whose children the pattern
// may be a sequence of.
var containerKinds = [...]string{"module", "program", "source_file", "block", "statement_list",
	"statement_block", "class_body", "declaration_list"}

func isContainer(spec *Spec, kind string) bool {
	if spec.Block[kind] {
		return true
	}
	for _, k := range containerKinds {
		if k == kind {
			return true
		}
	}
	return false
}

// extract replaces placeholders in t and returns the pattern root: the
// node(s) that the prepared text spans inside the scaffold, or nil.
func (l *Language) extract(t *ast.Tree, p *prepared, sc scaffold) *ast.Node {
	l.replaceHoles(t, p)
	text := p.text
	s := len(sc.prefix) + len(text) - len(strings.TrimLeft(text, " \t\r\n"))
	e := len(sc.prefix) + len(strings.TrimRight(text, " \t\r\n"))
	n := t.Root
	for {
		var next *ast.Node
		for _, c := range n.Children {
			if int(c.StartByte) <= s && int(c.EndByte) >= e && c.EndByte > c.StartByte {
				next = c
				break
			}
		}
		if next == nil {
			break
		}
		n = next
	}
	var sel *ast.Node
	if isContainer(l.Spec, n.Type) {
		var kids []*ast.Node
		for _, c := range n.Children {
			if c.Named && !l.Spec.Comment[c.Type] && int(c.StartByte) < e && int(c.EndByte) > s {
				kids = append(kids, c)
			}
		}
		switch len(kids) {
		case 0:
			return nil
		case 1:
			sel = kids[0]
		default:
			seq := &ast.Node{Type: ast.TypeSequence, Named: true, Children: kids,
				StartByte: kids[0].StartByte, EndByte: kids[len(kids)-1].EndByte,
				Start: kids[0].Start, End: kids[len(kids)-1].End}
			for _, k := range kids {
				k.Parent, k.Field = seq, ""
			}
			return seq
		}
	} else {
		sel = n
	}
	for {
		only := onlyNamed(sel)
		if only == nil || !(l.Spec.ExpressionStatement[sel.Type] || sc.paren && l.Spec.Paren[sel.Type]) {
			break
		}
		sel = only
	}
	sel.Parent, sel.Field = nil, ""
	return sel
}

// onlyNamed returns n's single named child, or nil.
func onlyNamed(n *ast.Node) *ast.Node {
	var only *ast.Node
	for _, c := range n.Children {
		if c.Named {
			if only != nil {
				return nil
			}
			only = c
		}
	}
	return only
}

// replaceHoles turns placeholder identifiers into $metavar / $ellipsis
// nodes and placeholder calls into $deep nodes, lifting them over wrappers.
func (l *Language) replaceHoles(t *ast.Tree, p *prepared) {
	wrappers := l.patternWrappers()
	var leaves, deeps []*ast.Node
	ast.Walk(t.Root, func(n *ast.Node) bool {
		if len(n.Children) == 0 && n.Named && n.EndByte-n.StartByte > uint32(len(phPrefix)) &&
			bytes.HasPrefix(t.Source[n.StartByte:], []byte(phPrefix)) {
			leaves = append(leaves, n)
		}
		if shape, ok := l.Spec.Call[n.Type]; ok {
			var callee *ast.Node
			if shape.Function != "" {
				callee = n.ChildByField(shape.Function)
			} else if shape.Name != "" && n.ChildByField(shape.Object) == nil {
				callee = n.ChildByField(shape.Name)
			}
			if callee != nil && t.Text(callee) == phDeep {
				deeps = append(deeps, n)
			}
		}
		return true
	})
	for _, n := range leaves {
		h, ok := p.holes[t.Text(n)]
		if !ok {
			continue
		}
		special := &ast.Node{Type: h.typ, Value: h.value, Named: true}
		replace(n, special)
		lift(special, wrappers, t)
	}
	for i := len(deeps) - 1; i >= 0; i-- { // innermost first
		n := deeps[i]
		shape := l.Spec.Call[n.Type]
		args := n.ChildByField(shape.Arguments)
		if args == nil {
			continue
		}
		inner := onlyNamed(args)
		if inner == nil {
			continue
		}
		special := &ast.Node{Type: ast.TypeDeep, Named: true, Children: []*ast.Node{inner}}
		replace(n, special)
		inner.Parent, inner.Field = special, ""
		lift(special, wrappers, t)
	}
}

// replace puts nw in old's place (same parent, field and range).
func replace(old, nw *ast.Node) {
	nw.Parent, nw.Field = old.Parent, old.Field
	nw.StartByte, nw.EndByte, nw.Start, nw.End = old.StartByte, old.EndByte, old.Start, old.End
	if old.Parent != nil {
		for i, c := range old.Parent.Children {
			if c == old {
				old.Parent.Children[i] = nw
			}
		}
	}
}

// lift replaces wrappers whose only named content is the special node n
// by n itself, and the wrappers that variants put around ellipses (a Java
// declaration or formal parameter of the placeholder type, a Python
// dictionary_splat, a Java element_value_pair with the placeholder value).
func lift(n *ast.Node, wrappers map[string]bool, t *ast.Tree) {
	for p := n.Parent; p != nil && p.Parent != nil; p = n.Parent {
		switch {
		case wrappers[p.Type] && onlyNamed(p) == n:
		case p.Type == "variable_declarator" && n.Type == ast.TypeEllipsis && onlyNamed(p) == n:
		case p.Type == "dictionary_splat" && n.Type == ast.TypeEllipsis && onlyNamed(p) == n: // Python {**...} variant
		case p.Type == "element_value_pair" && n.Type == ast.TypeEllipsis && p.ChildByField("key") == n: // Java @A(...=T) variant
			if v := p.ChildByField("value"); v == nil || t.Text(v) != phType {
				return
			}
		case (p.Type == "formal_parameter" || p.Type == "local_variable_declaration" || p.Type == "field_declaration") &&
			n.Type == ast.TypeEllipsis:
			if ty := p.ChildByField("type"); ty == nil || t.Text(ty) != phType {
				return
			}
		default:
			return
		}
		start, end, sp, ep := p.StartByte, p.EndByte, p.Start, p.End
		replace(p, n)
		n.StartByte, n.EndByte, n.Start, n.End = start, end, sp, ep
	}
}

// remap moves the byte ranges of the pattern tree from the scaffolded,
// placeholder text back to the original pattern text and recomputes
// points; it also counts the nodes.
func remap(t *ast.Tree, p *prepared, prefix int) {
	src := string(t.Source)
	var lineStarts []int
	lineStarts = append(lineStarts, 0)
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			lineStarts = append(lineStarts, i+1)
		}
	}
	point := func(off int) ast.Point {
		lo, hi := 0, len(lineStarts)
		for hi-lo > 1 {
			mid := (lo + hi) / 2
			if lineStarts[mid] <= off {
				lo = mid
			} else {
				hi = mid
			}
		}
		return ast.Point{Row: uint32(lo), Col: uint32(off - lineStarts[lo])}
	}
	conv := func(o uint32, end bool) uint32 {
		x := int(o) - prefix
		x = max(0, min(x, len(p.text)))
		return uint32(max(0, min(p.mapOffset(x, end), len(src))))
	}
	t.NodeCount = 0
	ast.Walk(t.Root, func(n *ast.Node) bool {
		n.StartByte, n.EndByte = conv(n.StartByte, false), conv(n.EndByte, true)
		if n.EndByte < n.StartByte {
			n.EndByte = n.StartByte
		}
		n.Start, n.End = point(int(n.StartByte)), point(int(n.EndByte))
		t.NodeCount++
		return true
	})
}
