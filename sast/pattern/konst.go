package pattern

import (
	"strings"

	"github.com/vouchsec/vouch/sast/ast"
	"github.com/vouchsec/vouch/sast/lang"
)

// Constant propagation for search mode, as Semgrep does it: a pattern
// string literal also matches a variable whose value at that point is a
// known constant string. A variable is constant when, in its scope (the
// innermost function, or the file), it is assigned exactly once, from a
// string literal, a concatenation of such literals or another constant,
// and is not otherwise written: no second assignment, compound
// assignment, parameter or loop variable of that name, no assignment to
// it from an inner scope that does not declare it, and for Java fields
// only `final` ones. The analysis is name-based and conservative: when in
// doubt a variable is not constant.

// maxKonstDepth bounds chains of constants defined from constants.
const maxKonstDepth = 8

type konstKey struct {
	scope *ast.Node // innermost function, nil for the file
	name  string
}

type konstDef struct {
	writes int
	val    *ast.Node // the assigned value (writes == 1)
	bad    bool      // written in a way that is not a plain constant definition

	state uint8 // 0 unresolved, 1 resolving, 2 constant, 3 not constant
	value string
}

// konstTable is the per-file table, built once per Index.
type konstTable struct {
	defs   map[konstKey]*konstDef
	poison map[string]bool // names written from scopes that do not declare them
}

func (ix *Index) konsts() *konstTable {
	ix.konstOnce.Do(func() { ix.konst = buildKonsts(ix) })
	return ix.konst
}

// scopeOf returns the innermost function node strictly containing n, or
// nil for file scope.
func (ix *Index) scopeOf(n *ast.Node) *ast.Node {
	d := 0
	for p := n.Parent; p != nil && d < maxDepth; p, d = p.Parent, d+1 {
		if _, ok := ix.spec.Function[p.Type]; ok {
			return p
		}
	}
	return nil
}

func buildKonsts(ix *Index) *konstTable {
	kt := &konstTable{defs: map[konstKey]*konstDef{}, poison: map[string]bool{}}
	if ix.tree == nil || ix.tree.Root == nil {
		return kt
	}
	spec := ix.spec
	def := func(id *ast.Node) *konstDef {
		k := konstKey{ix.scopeOf(id), ix.Text(id)}
		d := kt.defs[k]
		if d == nil {
			d = &konstDef{}
			kt.defs[k] = d
		}
		return d
	}
	// spoil marks every variable identifier under n as not constant; with
	// global set, in every scope.
	spoil := func(n *ast.Node, global bool) {
		ast.Walk(n, func(c *ast.Node) bool {
			if c.Type == "identifier" {
				if global {
					kt.poison[ix.Text(c)] = true
				} else {
					def(c).bad = true
				}
			}
			return true
		})
	}
	python := ix.lang != nil && ix.lang.Name == "python"
	for _, n := range ix.named {
		if s, ok := spec.Assignment[n.Type]; ok && s.Left != "" {
			declaring := python || strings.Contains(n.Type, "declarat") || strings.HasSuffix(n.Type, "_spec")
			var left *ast.Node
			lefts := 0
			for _, c := range n.Children {
				if c.Field == s.Left {
					left = c
					lefts++
				}
			}
			if left == nil {
				continue
			}
			left = unwrapList(ix.spec, left)
			if lefts != 1 || left.Type != "identifier" {
				_, member := spec.Member[left.Type]
				_, sub := spec.Subscript[left.Type]
				if !member && !sub {
					spoil(left, !declaring)
				}
				continue
			}
			if !declaring {
				kt.poison[ix.Text(left)] = true
				continue
			}
			d := def(left)
			d.writes++
			if op := ix.assignOperator(n); op != "" && op != "=" && op != ":=" {
				d.bad = true
			}
			var right *ast.Node
			if s.Right != "" {
				right = n.ChildByField(s.Right)
			}
			if right == nil {
				d.bad = true // declared without a value, assigned later
				continue
			}
			d.val = unwrapList(ix.spec, right)
			if ix.lang != nil && ix.lang.Name == "java" && n.Parent != nil && n.Parent.Type == "field_declaration" && !javaFinal(ix, n.Parent) {
				d.bad = true // a non-final field may be written anywhere
			}
			continue
		}
		if s, ok := spec.AugmentedAssignment[n.Type]; ok {
			if l := n.ChildByField(s.Left); l != nil {
				spoil(l, true)
			}
			continue
		}
		if _, ok := spec.Parameter[n.Type]; ok && isParamList(ix, n.Parent) {
			spoil(n, false)
			continue
		}
		if s, ok := spec.Flow.ForEach[n.Type]; ok {
			if l := n.ChildByField(s.Left); l != nil {
				spoil(l, false)
			}
			continue
		}
		if n.Field == "parameter" && n.Parent != nil {
			if _, ok := spec.Function[n.Parent.Type]; ok {
				spoil(n, false) // JS x => ...
				continue
			}
		}
		switch n.Type {
		case "global_statement", "nonlocal_statement", "update_expression", "as_pattern_target":
			spoil(n, true)
		}
	}
	for k, d := range kt.defs {
		kt.resolve(ix, k, d, 0)
	}
	return kt
}

// isParamList reports whether p is the parameters field of a function
// (parameter kinds such as Python's identifier also occur elsewhere).
func isParamList(ix *Index, p *ast.Node) bool {
	if p == nil {
		return false
	}
	if p.Parent != nil {
		if fs, ok := ix.spec.Function[p.Parent.Type]; ok && fs.Parameters != "" && p.Field == fs.Parameters {
			return true
		}
	}
	return false
}

// resolve computes d's constant value.
func (kt *konstTable) resolve(ix *Index, k konstKey, d *konstDef, depth int) bool {
	switch d.state {
	case 2:
		return true
	case 1, 3:
		return false
	}
	if d.bad || d.writes != 1 || d.val == nil || kt.poison[k.name] || depth > maxKonstDepth {
		d.state = 3
		return false
	}
	d.state = 1
	v, ok := kt.eval(ix, d.val, depth)
	if ok {
		d.state, d.value = 2, v
	} else {
		d.state = 3
	}
	return ok
}

// eval computes the constant string value of expression n.
func (kt *konstTable) eval(ix *Index, n *ast.Node, depth int) (string, bool) {
	if depth > maxKonstDepth || n == nil {
		return "", false
	}
	n = ix.spec.Unparen(n)
	switch {
	case ix.spec.String[n.Type]:
		for _, c := range n.Children {
			if ix.spec.Interpolation[c.Type] {
				return "", false
			}
		}
		return stringValue(ix.lang, ix.tree, n)
	case ix.spec.Binary[n.Type]:
		var l, r, op *ast.Node
		for _, c := range n.Children {
			switch {
			case !c.Named && op == nil && l != nil:
				op = c
			case c.Named && l == nil:
				l = c
			case c.Named && r == nil:
				r = c
			}
		}
		if l == nil || r == nil || op == nil || ix.Text(op) != "+" {
			return "", false
		}
		a, ok := kt.eval(ix, l, depth+1)
		if !ok {
			return "", false
		}
		b, ok := kt.eval(ix, r, depth+1)
		if !ok {
			return "", false
		}
		return a + b, true
	case n.Type == "identifier":
		return kt.lookup(ix, n, depth+1)
	}
	return "", false
}

// lookup resolves the variable identifier n through the enclosing scopes.
func (kt *konstTable) lookup(ix *Index, n *ast.Node, depth int) (string, bool) {
	name := ix.Text(n)
	if kt.poison[name] {
		return "", false
	}
	s := ix.scopeOf(n)
	for i := 0; i < maxDepth; i++ {
		k := konstKey{s, name}
		if d := kt.defs[k]; d != nil {
			if kt.resolve(ix, k, d, depth) {
				return d.value, true
			}
			return "", false
		}
		if s == nil {
			return "", false
		}
		s = ix.scopeOf(s)
	}
	return "", false
}

// constValue returns the constant string value of the variable read by n,
// if it has one.
func (ix *Index) constValue(n *ast.Node) (string, bool) {
	if n.Type != "identifier" || !n.Named {
		return "", false
	}
	if p := n.Parent; p != nil {
		if ms, ok := ix.spec.Member[p.Type]; ok && n.Field == ms.Property {
			return "", false
		}
		if kw, ok := ix.spec.KeywordArgument[p.Type]; ok && n.Field == kw.Left {
			return "", false
		}
		if s, ok := ix.spec.Assignment[p.Type]; ok && n.Field == s.Left {
			return "", false
		}
	}
	kt := ix.konsts()
	name := ix.Text(n)
	if kt.poison[name] {
		return "", false
	}
	s := ix.scopeOf(n)
	for i := 0; i < maxDepth; i++ {
		if d := kt.defs[konstKey{s, name}]; d != nil {
			return d.value, d.state == 2
		}
		if s == nil {
			return "", false
		}
		s = ix.scopeOf(s)
	}
	return "", false
}

// unwrapList sees through a one-element expression list (Go's a := b).
func unwrapList(spec *lang.Spec, n *ast.Node) *ast.Node {
	if n == nil || !strings.HasSuffix(n.Type, "expression_list") {
		return n
	}
	if only := spec.SoleNamed(n); only != nil {
		return only
	}
	return n
}

// assignOperator returns an assignment node's operator token text.
func (ix *Index) assignOperator(n *ast.Node) string {
	for _, c := range n.Children {
		if !c.Named && c.Field == "" || c.Field == "operator" {
			t := ix.Text(c)
			if strings.HasSuffix(t, "=") && t != "==" && t != "!=" && t != "<=" && t != ">=" {
				return t
			}
		}
	}
	return ""
}

// javaFinal reports whether a Java field declaration has the final
// modifier.
func javaFinal(ix *Index, decl *ast.Node) bool {
	for _, c := range decl.Children {
		if c.Type == "modifiers" {
			for _, m := range c.Children {
				if ix.Text(m) == "final" {
					return true
				}
			}
		}
	}
	return false
}

// matchConst matches a constant-string pattern against a variable whose
// value is a known constant string.
func (m *matcher) matchConst(p *pnode, n *ast.Node) bool {
	v, ok := m.ix.constValue(n)
	if !ok {
		return false
	}
	switch p.kind {
	case pkAnyString:
		return true
	case pkStrMeta:
		return m.bindNode(p.text, n)
	case pkStrRegex:
		return p.re.MatchString(v)
	}
	return v == p.text
}
