package taint

import (
	"strings"

	"github.com/vouchsec/vouch/sast/ast"
)

// maxPathParts bounds member paths tracked as variables (a.b.c.d).
const maxPathParts = 4

// path returns the access path of a member expression rooted at a
// variable ("self.x", "req.body.name"), in a buffer reused across calls.
func (r *run) path(n *ast.Node) ([]byte, bool) {
	var parts [maxPathParts + 1]*ast.Node
	k := 0
	cur := n
	for {
		sh, ok := r.spec.Member[cur.Type]
		if !ok {
			break
		}
		if k == maxPathParts {
			return nil, false
		}
		prop := cur.ChildByField(sh.Property)
		obj := cur.ChildByField(sh.Object)
		if prop == nil || obj == nil {
			return nil, false
		}
		parts[k] = prop
		k++
		cur = obj
	}
	if k == 0 || !(r.spec.Identifier[cur.Type] || r.spec.Flow.Receiver[cur.Type]) {
		return nil, false
	}
	buf := append(r.buf[:0], r.tree.Text(cur)...)
	for i := k - 1; i >= 0; i-- {
		buf = append(buf, '.')
		buf = append(buf, r.tree.Text(parts[i])...)
	}
	r.buf = buf
	return buf, true
}

// varName returns the environment key an l-value is stored under: an
// identifier's name or a member path; ok is false for other l-values.
func (r *run) varName(n *ast.Node) (string, bool) {
	n = r.unparen(n)
	if n == nil {
		return "", false
	}
	if r.spec.Identifier[n.Type] {
		return r.tree.Text(n), true
	}
	if _, ok := r.spec.Member[n.Type]; ok {
		if p, ok := r.path(n); ok {
			return string(p), true
		}
	}
	return "", false
}

// unparen strips parentheses and single-element target lists.
func (r *run) unparen(n *ast.Node) *ast.Node {
	for i := 0; n != nil && i < maxDepth; i++ {
		if !r.spec.Paren[n.Type] && !(r.isList(n) && len(n.NamedChildren()) == 1) {
			return n
		}
		n = singleChild(n)
	}
	return n
}

// rootVar returns the variable at the base of an l-value such as a[i],
// a.b[i] or *p (the first named child chain), or nil.
func (r *run) rootVar(n *ast.Node) *ast.Node {
	for i := 0; n != nil && i < maxDepth; i++ {
		if r.spec.Identifier[n.Type] {
			return n
		}
		if _, ok := r.spec.Member[n.Type]; ok {
			if _, ok := r.path(n); ok {
				return n
			}
		}
		var next *ast.Node
		for _, c := range n.Children {
			if c.Named && !r.spec.Comment[c.Type] {
				next = c
				break
			}
		}
		n = next
	}
	return nil
}

// bindTarget stores v into an assignment target: a variable or member
// path is overwritten; a destructuring pattern binds every variable in it;
// an element (a[i] = v) or pointer target adds v's taint to its base.
func (r *run) bindTarget(l *ast.Node, v value, depth int) {
	l = r.unparen(l)
	if l == nil {
		return
	}
	if name, ok := r.varName(l); ok {
		r.setVar(l, name, v)
		return
	}
	if _, ok := r.spec.Subscript[l.Type]; ok {
		r.bindWeak(l, v.t)
		return
	}
	r.eachPatternVar(l, func(id *ast.Node) { r.setVar(id, r.tree.Text(id), value{t: v.t}) })
}

// visitLvalue walks what an assignment target evaluates: the index of an
// element target and the object a member or element belongs to (o[k] = v
// evaluates k and o; f().x = v calls f). The variable written and the
// names of patterns are not reads.
func (r *run) visitLvalue(l *ast.Node, depth int) {
	for i := 0; l != nil && i < maxDepth; i++ {
		if depth+i > maxDepth {
			r.gaveUp = true
			return
		}
		if r.spec.Identifier[l.Type] {
			return
		}
		if r.spec.Paren[l.Type] {
			l = singleChild(l)
			continue
		}
		if sh, ok := r.spec.Subscript[l.Type]; ok {
			for _, c := range l.Children {
				if c.Named && c.Field == sh.Property {
					r.visit(c, depth+i+1)
				}
			}
			l = l.ChildByField(sh.Object)
			continue
		}
		if sh, ok := r.spec.Member[l.Type]; ok {
			l = l.ChildByField(sh.Object)
			continue
		}
		if _, ok := r.spec.Call[l.Type]; ok {
			r.visit(l, depth+i+1)
			return
		}
		// a pattern or list of targets, a pointer dereference: its parts
		for _, c := range l.Children {
			if c.Named && c.Field != "key" && c.Field != "right" && c.Field != "type" && !r.spec.Comment[c.Type] {
				r.visitLvalue(c, depth+i+1)
			}
		}
		return
	}
}

// setVar overwrites a variable, recording the step when v is tainted.
func (r *run) setVar(at *ast.Node, name string, v value) {
	if len(v.t) > 0 {
		v.t = v.t.extend(at, "flows into "+short(name))
		v.c = konst{}
	}
	r.env.set(name, v)
	switch {
	case len(v.t) > 0 && strings.IndexByte(name, '.') > 0:
		r.markFields(name, v.t)
	case r.fields:
		if _, had := r.env[name+fieldsSuffix]; had {
			r.env[name+fieldsSuffix] = value{} // the whole object is replaced
		}
	}
}

// fieldsSuffix marks the environment key holding the taint written into
// the fields of an object: "f.*" after f.category = tainted.
const fieldsSuffix = ".*"

// markFields records that a field path (f.category, a.b.c) was written
// tainted: every object on the path carries the taint when used as a
// whole (find(f)), while its other fields (f.other) stay clean. The
// receiver (self, this) is not marked.
func (r *run) markFields(name string, t taint) {
	for i := 0; i < len(name); i++ {
		if name[i] != '.' {
			continue
		}
		prefix := name[:i]
		if !strings.Contains(prefix, ".") && (prefix == "self" || prefix == "this" || prefix == "cls") {
			continue
		}
		key := prefix + fieldsSuffix
		r.env.set(key, value{t: join(r.env[key].t, t)})
		r.fields = true
	}
}

// fieldTaint is the taint written into the fields of the object named
// key when n reads that object as a whole (not as the object of a member
// access or method call).
func (r *run) fieldTaint(n *ast.Node, key string) taint {
	if p := n.Parent; p != nil {
		if sh, ok := r.spec.Member[p.Type]; ok && p.ChildByField(sh.Object) == n {
			return nil
		}
		if sh, ok := r.spec.Call[p.Type]; ok && sh.Object != "" && p.ChildByField(sh.Object) == n {
			return nil
		}
	}
	return r.env[key+fieldsSuffix].t
}

// bindWeak adds taint to an l-value's variable without removing what it
// held (container element, mutator receiver, propagator target).
func (r *run) bindWeak(l *ast.Node, t taint) {
	if len(t) == 0 {
		return
	}
	root := r.rootVar(r.unparen(l))
	if root == nil {
		return
	}
	name, ok := r.varName(root)
	if !ok {
		return
	}
	old := r.env[name]
	r.env.set(name, value{t: join(old.t, t.extend(l, "flows into "+short(name)))})
}

// cleanLvalue removes the taint of an l-value (by-side-effect sanitizer).
func (r *run) cleanLvalue(l *ast.Node) {
	if name, ok := r.varName(l); ok {
		if _, had := r.env[name]; had {
			r.env[name] = value{}
		}
	}
}

// readLvalue is the current value of an assignment target.
func (r *run) readLvalue(l *ast.Node, depth int) value {
	if name, ok := r.varName(l); ok {
		return r.env[name]
	}
	if root := r.rootVar(l); root != nil {
		if name, ok := r.varName(root); ok {
			return value{t: r.env[name].t}
		}
	}
	return value{}
}

// eachPatternVar calls fn for every variable a destructuring pattern binds.
func (r *run) eachPatternVar(n *ast.Node, fn func(*ast.Node)) {
	ast.Walk(n, func(m *ast.Node) bool {
		if m.Field == "key" || m.Field == "right" || m.Field == "type" || r.spec.Comment[m.Type] {
			return false
		}
		if r.spec.Identifier[m.Type] {
			fn(m)
			return false
		}
		if _, ok := r.spec.Member[m.Type]; ok {
			return false
		}
		return true
	})
}

// bindParams declares a function's parameters (shadowing outer names) and
// taints those a source match covers.
func (r *run) bindParams(params *ast.Node) {
	ast.Walk(params, func(m *ast.Node) bool {
		if m != params && (m.Field == "type" || m.Field == "value" || m.Field == "right" ||
			m.Field == "default" || m.Type == "modifiers" || r.spec.Decorator[m.Type] || r.spec.Comment[m.Type]) {
			return false
		}
		if !r.spec.Identifier[m.Type] {
			return true
		}
		name := r.tree.Text(m)
		if tr := r.sourceAt(m); tr != nil {
			r.env[name] = value{t: taint{tr}}
		} else {
			r.env.set(name, value{})
		}
		return false
	})
}

// short truncates a name for a step message.
func short(s string) string {
	if len(s) > 60 {
		return s[:57] + "..."
	}
	return s
}
