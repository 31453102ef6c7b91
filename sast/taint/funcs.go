package taint

import (
	"sort"

	"github.com/vouchsec/vouch/sast/ast"
	"github.com/vouchsec/vouch/sast/lang"
)

// Limits of the function summaries: a function larger than maxSumBytes,
// or with more than maxSumParams parameters, gets no summary (calls to it
// propagate taint from every argument to the result, as for unknown
// functions).
const (
	maxSumBytes  = 32 << 10
	maxSumParams = 16
)

// fn is one function of the file that calls can resolve to by name.
type fn struct {
	node     *ast.Node
	name     string
	owner    *ast.Node // class body the function is a method of (nil: plain function)
	recvType string    // Go: the receiver's type name of a method
	scope    *ast.Node // plain function: the function or root it is defined in
	params   []param
	body     *ast.Node
	skipSelf bool // Python method: the first parameter is self / cls
	small    bool // within the summary size bounds
}

// param is one positional parameter.
type param struct {
	name     string
	ids      []*ast.Node // the identifiers it binds
	variadic bool        // takes the remaining positional arguments
	keywords bool        // takes the keyword arguments no other parameter names
}

// funcs indexes the functions of a file by name.
type funcs struct {
	plain     map[string][]*fn
	methods   map[string][]*fn // by name; resolution filters by owner
	byNode    map[*ast.Node]*fn
	callKinds []string // the language's call kinds, sorted
	anySource bool     // some indexed function contains a source match
}

// indexFuncs finds the named functions of the file.
func indexFuncs(f *file) *funcs {
	fs := &funcs{plain: map[string][]*fn{}, methods: map[string][]*fn{}, byNode: map[*ast.Node]*fn{}}
	kinds := make([]string, 0, len(f.spec.Function))
	for k := range f.spec.Function {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for k := range f.spec.Call {
		fs.callKinds = append(fs.callKinds, k)
	}
	sort.Strings(fs.callKinds)
	for _, k := range kinds {
		sh := f.spec.Function[k]
		for _, n := range f.ix.NodesOfType(k) {
			g := f.newFn(n, sh)
			if g == nil {
				continue
			}
			fs.byNode[n] = g
			if g.owner != nil || g.recvType != "" {
				fs.methods[g.name] = append(fs.methods[g.name], g)
			} else {
				fs.plain[g.name] = append(fs.plain[g.name], g)
			}
			if !fs.anySource && f.sourceWithin(n) {
				fs.anySource = true
			}
		}
	}
	return fs
}

// newFn describes a function definition, or returns nil when it has no
// name calls could use.
func (f *file) newFn(n *ast.Node, sh lang.FunctionShape) *fn {
	name := ""
	if sh.Name != "" {
		if nm := n.ChildByField(sh.Name); nm != nil && f.spec.Identifier[nm.Type] {
			name = f.ix.Text(nm)
		}
	}
	if name == "" && n.Parent != nil { // const f = (x) => ...; f = lambda x: ...
		if ash, ok := f.spec.Assignment[n.Parent.Type]; ok && n.Field == ash.Right {
			if l := n.Parent.ChildByField(ash.Left); l != nil && f.spec.Identifier[l.Type] {
				name = f.ix.Text(l)
			}
		}
	}
	if name == "" {
		return nil
	}
	g := &fn{node: n, name: name, small: n.EndByte-n.StartByte <= maxSumBytes}
	if sh.Body != "" {
		g.body = n.ChildByField(sh.Body)
	}
	if n.Type == "method_declaration" && n.ChildByField("receiver") != nil { // Go method
		g.recvType = f.recvType(n)
	}
	if g.recvType == "" {
		for p := n.Parent; p != nil; p = p.Parent {
			if _, ok := f.spec.Function[p.Type]; ok {
				g.scope = p
				break
			}
			if isClassKind(p.Type) {
				g.owner = p
				break
			}
		}
		if g.owner == nil && g.scope == nil {
			g.scope = f.tree.Root
		}
	}
	params := n.ChildByField(sh.Parameters)
	if params == nil {
		params = n.ChildByField("parameter") // JS arrow function with one bare parameter
	}
	if params != nil {
		g.params = f.paramsOf(params)
	}
	if len(g.params) > maxSumParams {
		g.small = false
	}
	if g.owner != nil && len(g.params) > 0 && f.tree.Language == "python" {
		if p := g.params[0].name; p == "self" || p == "cls" {
			g.skipSelf = true
		}
	}
	return g
}

// recvType is the type name of a Go method's receiver (T in (s *T)).
func (f *file) recvType(n *ast.Node) string {
	name := ""
	if rc := n.ChildByField("receiver"); rc != nil {
		ast.Walk(rc, func(m *ast.Node) bool {
			if name == "" && m.Type == "type_identifier" {
				name = f.ix.Text(m)
			}
			return name == ""
		})
	}
	return name
}

// paramsOf lists the positional parameters of a parameter list.
func (f *file) paramsOf(params *ast.Node) []param {
	if f.spec.Identifier[params.Type] {
		return []param{{name: f.ix.Text(params), ids: []*ast.Node{params}}}
	}
	var out []param
	for _, c := range params.Children {
		if !c.Named || f.spec.Comment[c.Type] {
			continue
		}
		if f.spec.Identifier[c.Type] {
			out = append(out, param{name: f.ix.Text(c), ids: []*ast.Node{c}})
			continue
		}
		field, ok := f.spec.Parameter[c.Type]
		if !ok {
			continue // separators (*, /), receiver parameters
		}
		p := param{variadic: variadicParam(c.Type), keywords: c.Type == "dictionary_splat_pattern"}
		if nc := c.NamedChildren(); len(nc) > 0 && !p.variadic && !p.keywords {
			p.variadic = variadicParam(nc[0].Type) // typed *args: T
			p.keywords = nc[0].Type == "dictionary_splat_pattern"
		}
		if field != "" {
			var names []*ast.Node
			for _, cc := range c.Children {
				if cc.Field == field {
					names = append(names, cc)
				}
			}
			if len(names) > 1 { // Go: a, b string
				for _, nm := range names {
					out = append(out, param{name: f.ix.Text(nm), ids: []*ast.Node{nm}, variadic: p.variadic})
				}
				continue
			}
			if len(names) == 1 {
				p.ids = f.boundIdents(names[0])
			}
		} else {
			p.ids = f.boundIdents(c)
		}
		if len(p.ids) == 1 {
			p.name = f.ix.Text(p.ids[0])
		}
		out = append(out, p)
	}
	return out
}

// boundIdents lists the identifiers a parameter binds (not its type or
// default value).
func (f *file) boundIdents(n *ast.Node) []*ast.Node {
	var out []*ast.Node
	ast.Walk(n, func(m *ast.Node) bool {
		if m != n && (m.Field == "type" || m.Field == "value" && m.Parent.Type != "pair_pattern" || m.Field == "right" || m.Field == "default" ||
			m.Field == "key" || m.Type == "modifiers" || f.spec.Decorator[m.Type] || f.spec.Comment[m.Type]) {
			return false
		}
		if f.spec.Identifier[m.Type] {
			out = append(out, m)
			return false
		}
		return true
	})
	return out
}

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
		case recv.Type == "this" || f.spec.Identifier[recv.Type] && f.tree.Language == "python" && (f.ix.Text(recv) == "self" || f.ix.Text(recv) == "cls"):
			cls := enclosingClass(call)
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
		cls := enclosingClass(call)
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
func enclosingClass(n *ast.Node) *ast.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if isClassKind(p.Type) {
			return p
		}
	}
	return nil
}

// receiverOf returns, when name is the receiver of the Go method n lies
// in, the receiver's type name.
func (f *file) receiverOf(n *ast.Node, name string) string {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type != "method_declaration" {
			continue
		}
		g := f.fns.byNode[p]
		rc := p.ChildByField("receiver")
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
