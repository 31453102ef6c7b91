package taint

import "github.com/vouchsec/vouch/sast/ast"

// Instances: a method call through a variable or field holding an
// instance of a class of this file (repo = new Repo(pool); repo.search(x);
// this.repo = new Repo() in a constructor; r = Runner() in Python)
// resolves to that class's method.

// indexInstances maps the variables and member paths (this.repo,
// self.runner) assigned an instantiation of a class of the file to the
// class's body; a name assigned instances of different classes maps to
// nil (ambiguous).
func (f *file) indexInstances(fs *funcs) (classes, instances map[string]*ast.Node) {
	classes = map[string]*ast.Node{}
	for _, ms := range fs.methods {
		for _, g := range ms {
			if g.owner == nil {
				continue
			}
			if name := f.className(g.owner); name != "" {
				if old, ok := classes[name]; ok && old != g.owner {
					classes[name] = nil // two classes of one name
				} else {
					classes[name] = g.owner
				}
			}
		}
	}
	if len(classes) == 0 {
		return nil, nil
	}
	var out map[string]*ast.Node
	for kind, sh := range f.spec.Assignment {
		for _, a := range f.ix.NodesOfType(kind) {
			l, rv := a.ChildByField(sh.Left), a.ChildByField(sh.Right)
			if l == nil || rv == nil {
				continue
			}
			cls := classes[f.instantiated(rv)]
			if cls == nil {
				continue
			}
			key := f.ix.Text(l)
			if _, ok := f.spec.Member[l.Type]; !ok && !f.spec.Identifier[l.Type] {
				continue
			}
			if out == nil {
				out = map[string]*ast.Node{}
			}
			if old, ok := out[key]; ok && old != cls {
				out[key] = nil
			} else {
				out[key] = cls
			}
		}
	}
	return classes, out
}

// className is the name of the class whose body (or definition) is
// owner.
func (f *file) className(owner *ast.Node) string {
	for n, k := owner, 0; n != nil && k < 2; n, k = n.Parent, k+1 {
		if nm := n.ChildByField("name"); nm != nil && f.spec.Identifier[nm.Type] || nm != nil && nm.Type == "type_identifier" {
			return f.ix.Text(nm)
		}
	}
	return ""
}

// instantiated returns the class name an expression instantiates (new
// C(...), C(...)), or "".
func (f *file) instantiated(n *ast.Node) string {
	for i := 0; n != nil && i < 4; i++ {
		if f.spec.Paren[n.Type] || n.Type == "await_expression" {
			n = singleChild(n)
			continue
		}
		break
	}
	if n == nil {
		return ""
	}
	for _, field := range [...]string{"constructor", "type", "function"} {
		c := n.ChildByField(field)
		if c == nil {
			continue
		}
		if field == "function" {
			if _, ok := f.spec.Call[n.Type]; !ok {
				return ""
			}
		}
		if f.spec.Identifier[c.Type] || c.Type == "type_identifier" {
			return f.ix.Text(c)
		}
		return ""
	}
	return ""
}

// instanceMethods returns the methods named name of the class whose
// instance recv holds.
func (f *file) instanceMethods(recv *ast.Node, name string) []*fn {
	if f.fns.classes == nil || recv == nil {
		return nil
	}
	var cls *ast.Node
	if _, ok := f.spec.Member[recv.Type]; ok || f.spec.Identifier[recv.Type] {
		cls = f.fns.instances[f.ix.Text(recv)]
	} else if c := f.instantiated(recv); c != "" {
		cls = f.fns.classes[c] // Repo().find(x), new Repo(db).search(x)
	}
	if cls == nil {
		return nil
	}
	var out []*fn
	for _, g := range f.fns.methods[name] {
		if g.owner == cls {
			out = append(out, g)
		}
	}
	return out
}
