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
	// instances maps variables and member paths holding an instance of a
	// class of the file to the class (instances.go).
	instances map[string]*ast.Node
	classes   map[string]*ast.Node // class name -> body; nil: ambiguous
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
	fs.classes, fs.instances = f.indexInstances(fs)
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
	if sh.Receiver != "" && n.ChildByField(sh.Receiver) != nil { // Go method
		g.recvType = f.recvType(n, sh.Receiver)
	}
	if g.recvType == "" {
		for p := n.Parent; p != nil; p = p.Parent {
			if _, ok := f.spec.Function[p.Type]; ok {
				g.scope = p
				break
			}
			if f.spec.Flow.Class[p.Type] {
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
	if g.owner != nil && len(g.params) > 0 && f.spec.Flow.Receiver[g.params[0].name] {
		g.skipSelf = true // Python self / cls
	}
	return g
}

// recvType is the type name of a Go method's receiver (T in (s *T)).
func (f *file) recvType(n *ast.Node, field string) string {
	name := ""
	if rc := n.ChildByField(field); rc != nil {
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
		fl := &f.spec.Flow
		p := param{variadic: fl.Variadic[c.Type], keywords: fl.KeywordsParam[c.Type]}
		if nc := c.NamedChildren(); len(nc) > 0 && !p.variadic && !p.keywords {
			p.variadic = fl.Variadic[nc[0].Type] // typed *args: T
			p.keywords = fl.KeywordsParam[nc[0].Type]
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
