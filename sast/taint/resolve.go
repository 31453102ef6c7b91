package taint

import (
	"github.com/vouchsec/vouch/sast/ast"
	"github.com/vouchsec/vouch/sast/lang"
)

// resolve returns the function of this file a call names, if any, and
// whether the call goes through a receiver (self.f(x), this.f(x)).
// Plain calls resolve to the plain function of that name in the
// innermost enclosing scope; self / this / cls calls (and unqualified
// Java calls) to the method of the enclosing class; Go calls on the
// enclosing method's receiver to the methods of its type. Ambiguous names
// (redefinitions, overloads of one arity) resolve to nothing.
func (f *file) resolve(call *ast.Node, sh lang.CallShape) (*fn, bool) {
	fs := f.fns
	if fs == nil {
		return nil, false
	}
	var name string
	var recv *ast.Node
	if sh.Object != "" { // a method-invocation kind (Java)
		nm := call.ChildByField(sh.Name)
		if nm == nil {
			return nil, false
		}
		name = f.ix.Text(nm)
		recv = call.ChildByField(sh.Object)
	} else {
		callee := call.ChildByField(sh.Function)
		if callee == nil {
			return nil, false
		}
		if f.spec.Identifier[callee.Type] {
			name = f.ix.Text(callee)
		} else if msh, ok := f.spec.Member[callee.Type]; ok {
			p, o := callee.ChildByField(msh.Property), callee.ChildByField(msh.Object)
			if p == nil || o == nil {
				return nil, false
			}
			name, recv = f.ix.Text(p), o
		} else {
			return nil, false
		}
	}
	if recv != nil {
		ms := fs.methods[name]
		if len(ms) == 0 {
			return nil, false
		}
		var cands []*fn
		switch {
		case f.spec.Flow.Receiver[recv.Type] || f.spec.Identifier[recv.Type] && f.spec.Flow.Receiver[f.ix.Text(recv)]:
			cls := f.enclosingClass(call)
			for _, g := range ms {
				if cls != nil && g.owner == cls {
					cands = append(cands, g)
				}
			}
		case f.spec.Identifier[recv.Type]:
			if rt := f.receiverOf(call, f.ix.Text(recv)); rt != "" {
				for _, g := range ms {
					if g.recvType == rt {
						cands = append(cands, g)
					}
				}
			}
		}
		if len(cands) == 0 {
			cands = f.instanceMethods(recv, name) // repo = new Repo(); repo.search(x)
		}
		return f.pick(cands, call, sh, true), true
	}
	var best []*fn
	var scope *ast.Node
	for _, g := range fs.plain[name] {
		if g.scope != f.tree.Root && !g.scope.Contains(call) {
			continue
		}
		switch {
		case scope == nil || g.scope.StartByte > scope.StartByte || g.scope.EndByte < scope.EndByte:
			best, scope = []*fn{g}, g.scope
		case g.scope == scope:
			best = append(best, g)
		}
	}
	if len(best) == 0 && sh.Object != "" { // Java: an unqualified call is a method of the class
		cls := f.enclosingClass(call)
		for _, g := range fs.methods[name] {
			if cls != nil && g.owner == cls {
				best = append(best, g)
			}
		}
	}
	return f.pick(best, call, sh, false), false
}

// pick returns the only candidate, or the only one whose parameters fit
// the call's argument count, or nil.
func (f *file) pick(cands []*fn, call *ast.Node, sh lang.CallShape, viaRecv bool) *fn {
	if len(cands) <= 1 {
		if len(cands) == 1 {
			return cands[0]
		}
		return nil
	}
	nargs := 0
	if args := call.ChildByField(sh.Arguments); args != nil {
		for _, c := range args.Children {
			if c.Named && !f.spec.Comment[c.Type] {
				nargs++
			}
		}
	}
	var found *fn
	for _, g := range cands {
		np := len(g.params)
		if g.skipSelf && viaRecv {
			np--
		}
		variadic := np > 0 && g.params[len(g.params)-1].variadic
		if np == nargs || variadic && nargs >= np-1 {
			if found != nil {
				return nil
			}
			found = g
		}
	}
	return found
}

// enclosingClass is the class body a node lies in, or nil.
func (f *file) enclosingClass(n *ast.Node) *ast.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if f.spec.Flow.Class[p.Type] {
			return p
		}
	}
	return nil
}

// receiverOf returns, when name is the receiver of the Go method n lies
// in, the receiver's type name.
func (f *file) receiverOf(n *ast.Node, name string) string {
	for p := n.Parent; p != nil; p = p.Parent {
		sh, ok := f.spec.Function[p.Type]
		if !ok || sh.Receiver == "" {
			continue
		}
		g := f.fns.byNode[p]
		rc := p.ChildByField(sh.Receiver)
		if g == nil || g.recvType == "" || rc == nil {
			return ""
		}
		found := false
		ast.Walk(rc, func(m *ast.Node) bool {
			if m.Field == "name" && f.ix.Text(m) == name {
				found = true
			}
			return !found && m.Field != "type"
		})
		if found {
			return g.recvType
		}
		return ""
	}
	return ""
}
