package taint

import "github.com/vouchsec/vouch/sast/ast"

// binder is a construct that binds a name without being an assignment
// (lang.FlowSpec.Bind).
type binder struct {
	left    string // field of the bound target
	right   string // field of the value; "" = the first other named child
	clean   bool   // the target is bound clean (exception variables)
	noValue bool   // the construct has no value part
}

// binderOf describes n when it is such a construct: Python `with x as y`
// (y takes x's taint), `except E as e` and `case p as y` (bound clean),
// Java try-with-resources declarations and catch parameters, JS/TS
// `catch (e)`. A kind applies only when its target is present.
func (r *run) binderOf(n *ast.Node) (binder, bool) {
	sh, ok := r.spec.Flow.Bind[n.Type]
	if !ok || n.ChildByField(sh.Left) == nil {
		return binder{}, false
	}
	clean := sh.Clean && (sh.CarriesIn == "" || n.Parent == nil || n.Parent.Type != sh.CarriesIn)
	return binder{left: sh.Left, right: sh.Right, clean: clean, noValue: sh.NoValue}, true
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
