package taint

import "github.com/vouchsec/vouch/sast/ast"

// The tables in this file name tree-sitter node kinds that lang.Spec does
// not describe yet (it has no field for them). They are a stopgap until
// Spec grows the matching fields (Flow.Bind, Class, splat kinds); each
// kind name exists in one grammar only.

// binder is a construct that binds a name without being an assignment
// of lang.Spec.
type binder struct {
	left    string // field of the bound target
	right   string // field of the value; "" = the first other named child
	clean   bool   // the target is bound clean (exception variables)
	noValue bool   // the construct has no value part
}

// binderOf describes n when it is such a construct: Python `with x as y`
// (y takes x's taint), `except E as e` and `case p as y` (bound clean),
// Java try-with-resources declarations and catch parameters, JS/TS
// `catch (e)`.
func binderOf(n *ast.Node) (binder, bool) {
	switch n.Type {
	case "as_pattern":
		clean := n.Parent == nil || n.Parent.Type != "with_item"
		return binder{left: "alias", clean: clean}, true
	case "resource":
		if n.ChildByField("name") != nil {
			return binder{left: "name", right: "value"}, true
		}
	case "catch_formal_parameter":
		return binder{left: "name", clean: true, noValue: true}, true
	case "catch_clause":
		if n.ChildByField("parameter") != nil {
			return binder{left: "parameter", clean: true, noValue: true}, true
		}
	}
	return binder{}, false
}

// visitBinder walks a binding construct: its value, then the binding of
// its target, then the rest (a catch clause's body).
func (r *run) visitBinder(n *ast.Node, b binder, depth int) value {
	var left, right *ast.Node
	for _, c := range n.Children {
		if !c.Named || r.spec.Comment[c.Type] {
			continue
		}
		switch {
		case c.Field == b.left && left == nil:
			left = c
		case b.noValue || right != nil:
		case b.right != "" && c.Field == b.right, b.right == "" && c.Field == "":
			right = c
		}
	}
	var v value
	if right != nil {
		v = r.visit(right, depth+1)
	}
	if left != nil {
		if b.clean {
			r.eachPatternVar(left, func(id *ast.Node) {
				if tr := r.sourceAt(id); tr != nil {
					r.env[r.tree.Text(id)] = value{t: taint{tr}}
				} else {
					r.env.set(r.tree.Text(id), value{})
				}
			})
		} else {
			r.visitLvalue(left, depth+1)
			r.bindTarget(left, value{t: v.t}, depth)
		}
	}
	out := value{t: v.t}
	for _, c := range n.Children {
		if !c.Named || c == left || c == right || r.spec.Comment[c.Type] {
			continue
		}
		if r.dead {
			break
		}
		out.t = join(out.t, r.visit(c, depth+1).t)
	}
	return out
}

// classKinds are the kinds whose functions are methods of one class:
// Python class_definition, JS/TS/Java class_body, Java enum and
// interface bodies.
func isClassKind(kind string) bool {
	switch kind {
	case "class_definition", "class_body", "enum_body_declarations", "interface_body":
		return true
	}
	return false
}

// variadicParam reports whether a parameter kind takes the remaining
// positional arguments (*args, ...rest, String... xs, xs ...int).
func variadicParam(kind string) bool {
	switch kind {
	case "list_splat_pattern", "rest_pattern", "spread_parameter", "variadic_parameter_declaration":
		return true
	}
	return false
}

// splatArg reports whether an argument kind spreads a collection into
// several arguments (*xs, **kw, ...xs, xs...).
func splatArg(kind string) bool {
	switch kind {
	case "list_splat", "dictionary_splat", "spread_element", "variadic_argument":
		return true
	}
	return false
}
