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
	} else if r.safeReplace(n) {
		// x.replace(/[^a-z0-9]/g, ''): clean, like a sanitizer match
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
	if sp.Flow.CondExpr[t] {
		return r.visitCondExpr(n, depth)
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
	if sh, ok := sp.Subscript[t]; ok {
		return r.visitSubscript(n, sh, depth)
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
		vv := r.visit(n.ChildByField(sh.Right), depth+1)
		v.t = join(v.t, vv.t)
		if len(v.t) == 0 && vv.c.kind != kNone {
			v.c = konst{kind: kOpaque} // a constant entry
		}
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
	if sp.Flow.Jump[t] {
		r.jump()
		return value{}
	}
	if field, ok := sp.Flow.Switch[t]; ok {
		return r.visitSwitch(n, field, depth)
	}
	if b, ok := r.binderOf(n); ok {
		return r.visitBinder(n, b, depth)
	}
	if sp.ExpressionStatement[t] && len(sp.Flow.NoReturn) > 0 {
		v := r.visitSeq(n, depth)
		if r.noReturn(n) {
			r.dead = true
		}
		return v
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
	saved, had, iso := r.inner, r.hasInner, r.isolated
	r.inner, r.hasInner, r.isolated = span{start: n.StartByte, end: n.EndByte}, true, false
	r.visitKind(n, depth)
	r.inner, r.hasInner, r.isolated = saved, had, iso
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
	var entry, armEnv, outerJumps env
	inArms, allConst := false, true
	endArms := func() {
		if armEnv == nil {
			r.env = entry
		} else {
			r.env = joinEnv(entry, armEnv)
		}
		r.jumps = outerJumps
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
				inArms, entry, armEnv, outerJumps = true, r.env, nil, r.jumps
			}
			r.env, r.dead, r.jumps = entry.clone(), false, nil
			acc = join(acc, r.visit(c, depth+1).t)
			if !r.dead {
				armEnv = joinArm(armEnv, r.env)
			}
			if r.jumps != nil { // break: the end of the switch
				armEnv = joinArm(armEnv, r.jumps)
			}
			r.dead = false
			continue
		}
		if inArms {
			endArms()
		}
		v := r.visit(c, depth+1)
		acc = join(acc, v.t)
		if v.c.kind == kNone && c.Field != "type" {
			allConst = false
		}
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
	if named > 0 && allConst && r.spec.Flow.Collection[n.Type] {
		return value{c: konst{kind: kOpaque}} // a collection of constants
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
	name := string(r.tree.Source[n.StartByte:n.EndByte])
	v := r.env[name]
	if r.fields {
		if ft := r.fieldTaint(n, name); len(ft) > 0 {
			v = value{t: join(v.t, ft)}
		}
	}
	return v
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
			v, ok := r.env[string(p)]
			if r.fields {
				if ft := r.fieldTaint(n, string(p)); len(ft) > 0 {
					if !ok {
						v = value{t: r.visit(n.ChildByField(sh.Object), depth+1).t}
					}
					return value{t: join(v.t, ft)}
				}
			}
			if ok {
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
	var rv value
	if recv != nil {
		rv = r.visit(recv, depth+1)
		v.t = rv.t
	}
	if callee != nil {
		v.t = join(v.t, r.visit(callee, depth+1).t)
	}
	args := n.ChildByField(sh.Arguments)
	if args != nil && recv != nil && len(rv.t) == 0 && rv.c.kind != kNone && r.spec.Flow.Lookup[method] && r.spec.Sequence[args.Type] {
		return r.visitLookup(args, depth) // CONSTANTS.get(key, default)
	}
	var av value
	if args != nil {
		av = r.visit(args, depth+1)
		at := av.t
		if len(at) > 0 && recv != nil && r.spec.Flow.Mutators[method] {
			r.bindWeak(recv, at)
		}
		v.t = join(v.t, at)
	}
	fl := &r.spec.Flow
	switch {
	case len(v.t) > 0 && len(fl.Guard.Parse) > 0:
		if calleeText, _, _, _ := r.callParts(n); fl.Guard.Parse[calleeText] {
			return value{} // a validated parse: uuid.UUID(x)
		}
	case len(v.t) == 0 && av.c.kind != kNone && len(fl.Pure) > 0:
		if calleeText, _, _, _ := r.callParts(n); fl.Pure[calleeText] {
			v.c = konst{kind: kOpaque} // frozenset({...}), Map.of(...)
		}
	}
	return v
}

// visitLookup is the value of a lookup in a constant collection: the
// key selects a constant; only the later arguments (a default) may carry
// taint.
func (r *run) visitLookup(args *ast.Node, depth int) value {
	var t taint
	first := true
	for _, c := range args.Children {
		if !c.Named || r.spec.Comment[c.Type] {
			continue
		}
		if first {
			r.visitIsolated(c, depth+2)
			first = false
			continue
		}
		t = join(t, r.visit(c, depth+2).t)
	}
	if len(t) > 0 {
		return value{t: t}
	}
	return value{c: konst{kind: kOpaque}}
}

// visitIsolated walks an expression whose value flows nowhere (a
// condition, a discriminant, a key into constants): only the sinks
// inside it are checked against its taint.
func (r *run) visitIsolated(n *ast.Node, depth int) value {
	if n == nil {
		return value{}
	}
	saved, had, iso := r.inner, r.hasInner, r.isolated
	r.inner, r.hasInner, r.isolated = span{start: n.StartByte, end: n.EndByte}, true, true
	v := r.visit(n, depth)
	r.inner, r.hasInner, r.isolated = saved, had, iso
	return v
}

// joinArm adds one arm's exit environment to the join of the others.
func joinArm(acc, e env) env {
	if acc == nil {
		return e
	}
	return joinEnv(acc, e)
}

// jump ends the path at a break or continue: its environment joins the
// exit of the innermost loop body or switch (r.jumps).
func (r *run) jump() {
	if r.jumps == nil {
		r.jumps = r.env.clone()
	} else {
		r.jumps = joinEnv(r.jumps, r.env)
	}
	r.dead = true
}

// noReturn reports whether the expression statement n is a call that
// never returns (abort(403), sys.exit(1), os.Exit(1)).
func (r *run) noReturn(n *ast.Node) bool {
	var call *ast.Node
	for _, c := range n.Children {
		if c.Named && !r.spec.Comment[c.Type] {
			if call != nil {
				return false
			}
			call = c
		}
	}
	call = r.unparen(call)
	if call == nil {
		return false
	}
	if _, ok := r.spec.Call[call.Type]; !ok {
		return false
	}
	callee, _, _, _ := r.callParts(call)
	return r.spec.Flow.NoReturn[callee]
}

// visitSwitch walks a switch or match: the discriminant selects an arm
// but does not flow into the value (a switch expression's value is what
// its arms give).
func (r *run) visitSwitch(n *ast.Node, field string, depth int) value {
	var acc taint
	for _, c := range n.Children {
		if !c.Named || r.spec.Comment[c.Type] {
			continue
		}
		if r.dead {
			break
		}
		if c.Field == field {
			r.visitIsolated(c, depth+1)
			continue
		}
		acc = join(acc, r.visit(c, depth+1).t)
	}
	return value{t: acc}
}

// visitSubscript is an element access: an element of a constant (a
// collection literal of constants, a string) is a constant, whatever the
// index; otherwise the taint of the container. The index selects an
// element but does not flow into it (Semgrep's taint_assume_safe_indexes):
// scripts[userKey] is one of the program's scripts, while
// request.args[key] stays tainted because its container is.
func (r *run) visitSubscript(n *ast.Node, sh lang.MemberShape, depth int) value {
	obj := n.ChildByField(sh.Object)
	ov := r.visit(obj, depth+1)
	constant := len(ov.t) == 0 && ov.c.kind != kNone
	for _, c := range n.Children {
		if c.Named && c != obj && !r.spec.Comment[c.Type] {
			r.visitIsolated(c, depth+1)
		}
	}
	if constant {
		return value{c: konst{kind: kOpaque}}
	}
	return value{t: ov.t}
}
