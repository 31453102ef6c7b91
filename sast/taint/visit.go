package taint

import (
	"sort"

	"github.com/vouchsec/vouch/sast/ast"
	"github.com/vouchsec/vouch/sast/lang"
)

// maxDepth bounds the recursion of the walk: a deeper subtree (hostile
// nesting) is given up on, as if it were clean.
const maxDepth = 250

// nonVarFields are field names under which an identifier names something
// other than a variable (a property, a declared name, a type, a label).
var nonVarFields = map[string]bool{
	"name": true, "type": true, "label": true, "key": true, "property": true,
	"attribute": true, "field": true, "package": true, "type_parameters": true,
	"return_type": true, "result": true, "decorator": true,
}

// visit walks n in evaluation order, updating the environment, checking
// sinks and returning n's value. Statements and expressions share it: a
// statement's value is the union of its parts' taint.
func (r *run) visit(n *ast.Node, depth int) value {
	if n == nil || r.dead {
		return value{}
	}
	if depth > maxDepth {
		r.gaveUp = true
		return value{}
	}
	sp := r.spec
	if sp.Comment[n.Type] {
		return value{}
	}
	var v value
	if r.sanitized(n) {
		// clean, but by-side-effect items completing here still apply,
		// and the sinks inside are checked
		if r.sinkInside(n) {
			r.visitInside(n, depth)
		}
	} else if sh, ok := sp.Function[n.Type]; ok {
		r.visitDefinition(n, sh, depth)
		r.queue(n, r.env)
		return value{}
	} else if tr := r.sourceAt(n); tr != nil {
		if r.sinkInside(n) {
			r.visitInside(n, depth)
		}
		v.t = taint{tr}
	} else {
		v = r.visitKind(n, depth)
	}
	if len(v.t) > 0 {
		r.checkSinks(n, v.t)
	}
	if r.triggers != nil || r.sideSrc != nil {
		r.fire(n, depth)
	}
	return v
}

// visitKind dispatches on the node kind.
func (r *run) visitKind(n *ast.Node, depth int) value {
	sp := r.spec
	t := n.Type
	if sh, ok := sp.Assignment[t]; ok {
		return r.assign(n, sh, depth)
	}
	if sh, ok := sp.AugmentedAssignment[t]; ok {
		return r.assign(n, sh, depth)
	}
	if sh, ok := sp.If[t]; ok && sh.Condition != "" && n.ChildByField(sh.Condition) != nil {
		return r.visitIf(n, sh, depth)
	}
	if sp.Flow.Loop[t] {
		return r.visitLoop(n, depth)
	}
	if sh, ok := sp.Flow.ForEach[t]; ok {
		r.forEach(n, sh, depth)
		return value{}
	}
	if sp.Identifier[t] {
		return r.lookupIdent(n)
	}
	if sp.String[t] {
		return r.visitString(n, depth)
	}
	if sp.True[t] {
		return value{c: konst{kind: kBool, b: true}}
	}
	if sp.False[t] {
		return value{c: konst{kind: kBool, b: false}}
	}
	if sp.Literal[t] {
		return value{c: r.literal(n)}
	}
	if sh, ok := sp.Member[t]; ok {
		return r.visitMember(n, sh, depth)
	}
	if sh, ok := sp.Call[t]; ok {
		return r.visitCall(n, sh, depth)
	}
	if sh, ok := sp.KeywordArgument[t]; ok {
		return value{t: r.visit(n.ChildByField(sh.Right), depth+1).t}
	}
	if sh, ok := sp.Pair[t]; ok {
		var v value
		if k := n.ChildByField(sh.Left); k != nil && !sp.Identifier[k.Type] && !sp.String[k.Type] {
			v.t = r.visit(k, depth+1).t
		}
		v.t = join(v.t, r.visit(n.ChildByField(sh.Right), depth+1).t)
		return v
	}
	if sp.Import[t] {
		return value{}
	}
	if sp.Return[t] || sp.Flow.Terminal[t] {
		v := r.visitSeq(n, depth)
		if r.sum != nil && r.top && sp.Return[t] {
			r.sum.ret = join(r.sum.ret, v.t)
		}
		r.dead = true
		return value{t: v.t}
	}
	if b, ok := r.binderOf(n); ok {
		return r.visitBinder(n, b, depth)
	}
	return r.visitSeq(n, depth)
}

// sinkInside reports whether a sink match lies strictly inside n (a
// source or sanitizer match whose inside is otherwise not walked).
func (r *run) sinkInside(n *ast.Node) bool {
	s := r.in.sinks
	i := sort.Search(len(s), func(i int) bool { return s[i].start >= n.StartByte })
	for ; i < len(s) && s[i].start < n.EndByte; i++ {
		if s[i].end <= n.EndByte && !s[i].equals(n) {
			return true
		}
	}
	return false
}

// visitInside walks the inside of a source or sanitizer match n for the
// sinks it holds; its value is dropped by the caller.
func (r *run) visitInside(n *ast.Node, depth int) {
	saved, had := r.inner, r.hasInner
	r.inner, r.hasInner = span{start: n.StartByte, end: n.EndByte}, true
	r.visitKind(n, depth)
	r.inner, r.hasInner = saved, had
}

// visitDefinition walks what a function definition evaluates where it
// stands: decorator / annotation arguments and parameter defaults.
func (r *run) visitDefinition(n *ast.Node, sh lang.FunctionShape, depth int) {
	for _, c := range n.Children {
		if r.spec.Decorator[c.Type] {
			r.visit(c, depth+1)
		} else if c.Type == "modifiers" { // Java annotations
			for _, a := range c.Children {
				if r.spec.Decorator[a.Type] {
					r.visit(a, depth+1)
				}
			}
		}
	}
	params := n.ChildByField(sh.Parameters)
	if params == nil {
		return
	}
	for _, p := range params.Children {
		if !p.Named {
			continue
		}
		for _, c := range p.Children {
			if c.Field == "value" || c.Field == "right" || c.Field == "default" {
				r.visit(c, depth+1)
			}
		}
	}
}

// visitSeq visits the named children of n in order. Consecutive arms
// (cases, catch clauses) each start from the same environment. The value
// is the union of the children's taint; operators on constants fold.
func (r *run) visitSeq(n *ast.Node, depth int) value {
	var acc taint
	var first, second value
	named := 0
	var entry, armEnv env
	inArms := false
	endArms := func() {
		if armEnv == nil {
			r.env = entry
		} else {
			r.env = joinEnv(entry, armEnv)
		}
		inArms = false
	}
	for _, c := range n.Children {
		if !c.Named || r.spec.Comment[c.Type] {
			continue
		}
		arm := r.spec.Flow.Arm[c.Type]
		if r.dead && !arm {
			break
		}
		if arm {
			if !inArms {
				inArms, entry, armEnv = true, r.env, nil
			}
			r.env, r.dead = entry.clone(), false
			acc = join(acc, r.visit(c, depth+1).t)
			if !r.dead {
				if armEnv == nil {
					armEnv = r.env
				} else {
					armEnv = joinEnv(armEnv, r.env)
				}
			}
			r.dead = false
			continue
		}
		if inArms {
			endArms()
		}
		v := r.visit(c, depth+1)
		acc = join(acc, v.t)
		switch named {
		case 0:
			first = v
		case 1:
			second = v
		}
		named++
	}
	if inArms {
		endArms()
	}
	out := value{t: acc}
	if len(acc) > 0 {
		return out
	}
	switch named {
	case 1:
		if r.spec.Paren[n.Type] || r.spec.ExpressionStatement[n.Type] {
			out.c = first.c
		} else if op := r.opBefore(n, 0); op == "not" || op == "!" {
			out.c = not(first.c)
		}
	case 2:
		if op := r.opBefore(n, 1); op != "" {
			out.c = fold(op, first.c, second.c)
		}
	}
	return out
}

// opBefore returns the text of the unnamed tokens just before the k-th
// named child of n: k = 0 gives a prefix operator ("not", "!"), k = 1 a
// binary operator ("+", "not in"). "" when there is none.
func (r *run) opBefore(n *ast.Node, k int) string {
	seen := 0
	op := ""
	for _, c := range n.Children {
		if c.Named {
			if seen == k {
				return op
			}
			seen++
			continue
		}
		if seen == k {
			if op != "" {
				op += " "
			}
			op += r.tree.Text(c)
		}
	}
	return ""
}

// lookupIdent is the value of a variable reference.
func (r *run) lookupIdent(n *ast.Node) value {
	if nonVarFields[n.Field] || int(n.EndByte) > len(r.tree.Source) {
		return value{}
	}
	return r.env[string(r.tree.Source[n.StartByte:n.EndByte])]
}

// visitString is a string literal's value: a constant unless it
// interpolates expressions.
func (r *run) visitString(n *ast.Node, depth int) value {
	allStrings, interp := true, false
	for _, c := range n.Children {
		if !c.Named {
			continue
		}
		if r.spec.Interpolation[c.Type] {
			interp = true
		}
		if !r.spec.String[c.Type] {
			allStrings = false
		}
	}
	if interp {
		return value{t: r.visitSeq(n, depth).t}
	}
	if allStrings && len(n.NamedChildren()) > 0 { // implicit concatenation "a" "b"
		out := konst{kind: kStr}
		for _, c := range n.Children {
			if c.Named {
				v := r.visitString(c, depth+1)
				if len(v.t) > 0 {
					return v
				}
				out = fold("+", out, v.c)
			}
		}
		return value{c: out}
	}
	return value{c: stringKonst(r.tree.Text(n))}
}

// literal is the constant a non-string literal denotes.
func (r *run) literal(n *ast.Node) konst {
	text := r.tree.Text(n)
	switch text {
	case "None", "null", "nil", "undefined":
		return konst{kind: kNull}
	case "True", "true":
		return konst{kind: kBool, b: true}
	case "False", "false":
		return konst{kind: kBool, b: false}
	}
	return numberKonst(text)
}

// visitMember is a member access: the value of its path when the path was
// assigned (self.x = ...), else the taint of its object.
func (r *run) visitMember(n *ast.Node, sh lang.MemberShape, depth int) value {
	if len(r.env) > 0 {
		if p, ok := r.path(n); ok {
			if v, ok := r.env[string(p)]; ok {
				return v
			}
		}
	}
	return value{t: r.visit(n.ChildByField(sh.Object), depth+1).t}
}

// visitCall is a call: by default taint flows from the receiver, the
// callee and the arguments into the result, and a mutator method
// (x.append(t)) taints its receiver.
func (r *run) visitCall(n *ast.Node, sh lang.CallShape, depth int) value {
	if g, viaRecv := r.resolve(n, sh); g != nil {
		if v, ok := r.visitResolvedCall(n, sh, g, viaRecv, depth); ok {
			return v
		}
	}
	var recv, callee *ast.Node
	method := ""
	if sh.Object != "" {
		recv = n.ChildByField(sh.Object)
		if nm := n.ChildByField(sh.Name); nm != nil {
			method = r.tree.Text(nm)
		}
	}
	if sh.Function != "" {
		callee = n.ChildByField(sh.Function)
	}
	if callee != nil {
		if msh, ok := r.spec.Member[callee.Type]; ok {
			recv = callee.ChildByField(msh.Object)
			if p := callee.ChildByField(msh.Property); p != nil {
				method = r.tree.Text(p)
			}
			callee = nil
		}
	}
	var v value
	if recv != nil {
		v.t = r.visit(recv, depth+1).t
	}
	if callee != nil {
		v.t = join(v.t, r.visit(callee, depth+1).t)
	}
	if args := n.ChildByField(sh.Arguments); args != nil {
		at := r.visit(args, depth+1).t
		if len(at) > 0 && recv != nil && r.spec.Flow.Mutators[method] {
			r.bindWeak(recv, at)
		}
		v.t = join(v.t, at)
	}
	return v
}
