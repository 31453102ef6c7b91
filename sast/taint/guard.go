package taint

import (
	"strings"

	"github.com/vouchsec/vouch/sast/ast"
)

// Validation guards. A conditional whose condition checks a value — its
// membership in a collection that is not tainted, equality with a
// constant, a full regex match, a prefix check, a call of the language's
// validators (lang.GuardSpec) — cleans the checked variables on the
// branch where the check passed: inside `if check(x): ...`, and after
// `if not check(x): return` on the fall-through path. A truthiness or
// length test is no check. The checked value may be derived from a
// variable: urlparse(x).netloc, u.Hostname(), os.path.realpath(x); the
// variable it was derived from is cleaned with it (origins).

// maxGuardDepth bounds the walk of a condition and of a checked
// expression.
const maxGuardDepth = 12

// guards is the set of variables a condition validates, in the order
// found (short: conditions check a few values).
type guards []string

func (g guards) has(name string) bool {
	for _, s := range g {
		if s == name {
			return true
		}
	}
	return false
}

// intersect keeps the names both sets hold.
func (g guards) intersect(o guards) guards {
	var out guards
	for _, s := range g {
		if o.has(s) {
			out = append(out, s)
		}
	}
	return out
}

// checked returns the variables that are validated when the condition n
// evaluates to want.
func (r *run) checked(n *ast.Node, want bool, depth int) guards {
	n = r.unparen(n)
	if n == nil || depth > maxGuardDepth {
		return nil
	}
	sp := r.spec
	t := n.Type
	if sp.Identifier[t] {
		name := r.ix.Text(n)
		if f, ok := r.flags[name]; ok && f.EndByte <= n.StartByte {
			return r.checked(f, want, depth+1)
		}
		if !want && !nonVarFields[n.Field] && len(r.env[name].t) > 0 {
			return guards{name} // falsy: None, "", 0 — a constant
		}
		return nil
	}
	if _, ok := sp.Call[t]; ok {
		if want {
			return r.checkCall(n, depth)
		}
		return nil
	}
	if sh, ok := sp.Subscript[t]; ok {
		if want { // ALLOWED[x] as a condition: a lookup
			return r.lookupCheck(n, sh.Object, sh.Property, depth)
		}
		return nil
	}
	var a, b *ast.Node
	named := 0
	for _, c := range n.Children {
		if !c.Named || sp.Comment[c.Type] {
			continue
		}
		switch named {
		case 0:
			a = c
		case 1:
			b = c
		}
		named++
	}
	switch named {
	case 1:
		if op := r.opBefore(n, 0); op == "not" || op == "!" {
			return r.checked(a, !want, depth+1)
		}
	case 2:
		return r.checkBinary(r.opBefore(n, 1), a, b, want, depth)
	}
	return nil
}

// checkBinary is checked for a binary condition `a op b`.
func (r *run) checkBinary(op string, a, b *ast.Node, want bool, depth int) guards {
	switch op {
	case "and", "&&":
		if want {
			return append(r.checked(a, true, depth+1), r.checked(b, true, depth+1)...)
		}
		return r.checked(a, false, depth+1).intersect(r.checked(b, false, depth+1))
	case "or", "||":
		if !want {
			return append(r.checked(a, false, depth+1), r.checked(b, false, depth+1)...)
		}
		return r.checked(a, true, depth+1).intersect(r.checked(b, true, depth+1))
	case "in", "not in":
		if want == (op == "in") && !r.exprTainted(b) {
			return r.targets(a, false, depth+1)
		}
	case "==", "===", "is", "!=", "!==", "is not":
		positive := op == "==" || op == "===" || op == "is"
		if r.isNull(a) {
			a, b = b, a
		}
		if r.isNull(b) {
			// lookup(x) != null holds when x was found
			if want != positive && r.lookupLike(a) {
				return r.checked(a, true, depth+1)
			}
			return nil
		}
		if want != positive {
			return nil
		}
		if r.isConst(b) {
			return r.targets(a, false, depth+1)
		}
		if r.isConst(a) {
			return r.targets(b, false, depth+1)
		}
	}
	return nil
}

// callParts splits a call into its callee text (for GuardSpec.Funcs),
// receiver, method name and argument list.
func (r *run) callParts(n *ast.Node) (callee string, recv *ast.Node, method string, args *ast.Node) {
	sh := r.spec.Call[n.Type]
	args = n.ChildByField(sh.Arguments)
	if sh.Object != "" {
		recv = n.ChildByField(sh.Object)
		if nm := n.ChildByField(sh.Name); nm != nil {
			method = r.ix.Text(nm)
		}
		if args != nil && args.StartByte >= n.StartByte {
			callee = strings.TrimSpace(r.ix.Source()[n.StartByte:args.StartByte])
		}
		return
	}
	fn := n.ChildByField(sh.Function)
	if fn == nil {
		return
	}
	callee = r.ix.Text(fn)
	if msh, ok := r.spec.Member[fn.Type]; ok {
		recv = fn.ChildByField(msh.Object)
		if p := fn.ChildByField(msh.Property); p != nil {
			method = r.ix.Text(p)
		}
	}
	return
}

// argAt returns the i-th argument of an argument list (keyword
// arguments are skipped), or nil.
func (r *run) argAt(args *ast.Node, i int) *ast.Node {
	if args == nil {
		return nil
	}
	k := 0
	for _, c := range args.Children {
		if !c.Named || r.spec.Comment[c.Type] {
			continue
		}
		if _, kw := r.spec.KeywordArgument[c.Type]; kw {
			continue
		}
		if k == i {
			return c
		}
		k++
	}
	return nil
}

// checkCall is checked for a call that holds: a validator function, a
// membership method of a clean collection, a prefix or regex check of
// its receiver, an equality method.
func (r *run) checkCall(n *ast.Node, depth int) guards {
	g := &r.spec.Flow.Guard
	callee, recv, method, args := r.callParts(n)
	if i, ok := g.Funcs[callee]; ok {
		if start, anchored := g.Anchored[callee]; anchored && !r.anchoredPattern(r.argAt(args, 0), start) {
			return nil
		}
		return r.targets(r.argAt(args, i), true, depth+1)
	}
	if recv == nil || method == "" {
		return nil
	}
	switch {
	case g.ArgMethods[method] && !r.exprTainted(recv):
		if start, anchored := g.Anchored[method]; anchored && !r.anchoredPattern(recv, start) {
			return nil
		}
		return r.targets(r.argAt(args, 0), false, depth+1)
	case g.RecvMethods[method]:
		if a := r.argAt(args, 0); a != nil && r.exprTainted(a) {
			return nil
		}
		return r.targets(recv, true, depth+1)
	case g.Equals[method]:
		a := r.argAt(args, 0)
		if a == nil {
			return nil
		}
		if r.isConst(a) {
			return r.targets(recv, false, depth+1)
		}
		if r.isConst(recv) {
			return r.targets(a, false, depth+1)
		}
	}
	return nil
}

// lookupCheck is checked for C[x] used as a condition, C not tainted.
func (r *run) lookupCheck(n *ast.Node, objField, keyField string, depth int) guards {
	obj, key := n.ChildByField(objField), n.ChildByField(keyField)
	if obj == nil || key == nil || r.exprTainted(obj) {
		return nil
	}
	return r.targets(key, false, depth+1)
}

// lookupLike reports whether n is a lookup whose null result means "not
// found": C[x], C.get(x).
func (r *run) lookupLike(n *ast.Node) bool {
	n = r.unparen(n)
	if n == nil {
		return false
	}
	if _, ok := r.spec.Subscript[n.Type]; ok {
		return true
	}
	if _, ok := r.spec.Call[n.Type]; ok {
		_, recv, method, _ := r.callParts(n)
		return recv != nil && (r.spec.Flow.Guard.ArgMethods[method] || r.spec.Flow.Lookup[method])
	}
	return false
}

// anchoredPattern reports whether a regex pattern node validates a whole
// value: a literal must end with $ (\Z, \z) and start with ^ (\A) unless
// the match is anchored at the start anyway; a non-literal pattern is
// trusted.
func (r *run) anchoredPattern(p *ast.Node, startAnchored bool) bool {
	p = r.unparen(p)
	if p == nil {
		return false
	}
	var s string
	switch {
	case r.spec.String[p.Type]:
		if r.hasInterpolation(p) {
			return false
		}
		s = stringKonst(r.ix.Text(p)).s
	case r.spec.Literal[p.Type]: // a regex literal /.../flags
		s = r.ix.Text(p)
		if i := strings.LastIndexByte(s, '/'); strings.HasPrefix(s, "/") && i > 0 {
			s = s[1:i]
		}
	default:
		return true
	}
	end := strings.HasSuffix(s, "$") && !strings.HasSuffix(s, `\$`) || strings.HasSuffix(s, `\Z`) || strings.HasSuffix(s, `\z`)
	start := startAnchored || strings.HasPrefix(s, "^") || strings.HasPrefix(s, `\A`)
	return end && start
}

// hasInterpolation reports whether a string node embeds expressions.
func (r *run) hasInterpolation(n *ast.Node) bool {
	for _, c := range n.Children {
		if r.spec.Interpolation[c.Type] {
			return true
		}
	}
	return false
}

// isNull reports whether n is None / null / nil / undefined.
func (r *run) isNull(n *ast.Node) bool {
	n = r.unparen(n)
	if n == nil || !r.spec.Literal[n.Type] {
		return false
	}
	switch r.ix.Text(n) {
	case "None", "null", "nil", "undefined":
		return true
	}
	return false
}

// isConst reports whether n denotes a constant: a literal, a variable
// holding a constant, or an UPPER_CASE name.
func (r *run) isConst(n *ast.Node) bool {
	n = r.unparen(n)
	if n == nil {
		return false
	}
	sp := r.spec
	switch {
	case sp.String[n.Type]:
		return !r.hasInterpolation(n)
	case sp.Literal[n.Type], sp.True[n.Type], sp.False[n.Type]:
		return true
	case sp.Identifier[n.Type]:
		name := r.ix.Text(n)
		v := r.env[name]
		return len(v.t) == 0 && (v.c.kind != kNone || upperName(name))
	}
	if sh, ok := sp.Member[n.Type]; ok {
		if p, ok := r.path(n); ok {
			if v, ok := r.env[string(p)]; ok {
				return len(v.t) == 0 && v.c.kind != kNone
			}
		}
		if prop := n.ChildByField(sh.Property); prop != nil {
			return upperName(r.ix.Text(prop)) && !r.exprTainted(n)
		}
	}
	return false
}

// upperName reports whether a name is written as a constant (MAX_SIZE).
func upperName(s string) bool {
	letters := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			letters++
		case c == '_' || c >= '0' && c <= '9':
		default:
			return false
		}
	}
	return letters > 0
}
