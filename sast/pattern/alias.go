package pattern

import (
	"strings"

	"github.com/vouchsec/vouch/sast/ast"
)

// aliasTable maps a local name introduced by an import to the dotted name
// a pattern uses for it: Python `import subprocess as sp` gives sp ->
// subprocess, `from os import system as s` s -> os.system; JavaScript
// `const cp = require('child_process')` cp -> child_process; Go
// `import ex "os/exec"` ex -> exec; Java `import java.security.MessageDigest`
// MessageDigest -> java.security.MessageDigest.
type aliasTable struct {
	names     map[string][]string
	wildcards [][]string // Java `import a.b.*`: package segments
	java      bool
}

func buildAliases(ix *Index) *aliasTable {
	a := &aliasTable{names: map[string][]string{}}
	if ix.lang == nil || ix.tree == nil || ix.tree.Root == nil {
		return a
	}
	switch ix.lang.Name {
	case "python":
		for _, n := range ix.byType["import_statement"] {
			a.pyImport(ix, n, nil)
		}
		for _, n := range ix.byType["import_from_statement"] {
			mod := n.ChildByField("module_name")
			if mod == nil || mod.Type != "dotted_name" {
				continue // relative import
			}
			a.pyImport(ix, n, dottedSegs(ix, mod))
		}
	case "javascript", "typescript", "tsx":
		for _, n := range ix.byType["import_statement"] {
			a.jsImport(ix, n)
		}
		for _, n := range ix.byType["variable_declarator"] {
			a.jsRequire(ix, n)
		}
	case "go":
		for _, n := range ix.byType["import_spec"] {
			path := n.ChildByField("path")
			if path == nil {
				continue
			}
			v, ok := ix.literalValue(path)
			if !ok || v == "" {
				continue
			}
			last := v[strings.LastIndexByte(v, '/')+1:]
			if name := n.ChildByField("name"); name != nil && name.Type == "package_identifier" {
				a.names[ix.Text(name)] = []string{last}
			}
		}
	case "java":
		a.java = true
		for _, n := range ix.byType["import_declaration"] {
			var path *ast.Node
			star := false
			for _, c := range n.Children {
				switch c.Type {
				case "scoped_identifier", "identifier":
					path = c
				case "asterisk":
					star = true
				}
			}
			if path == nil {
				continue
			}
			segs := dottedSegs(ix, path)
			if star {
				a.wildcards = append(a.wildcards, segs)
			} else if len(segs) > 1 {
				a.names[segs[len(segs)-1]] = segs
			}
		}
	}
	return a
}

// pyImport handles `import a.b as c`, `import a`, `from m import x as y`.
func (a *aliasTable) pyImport(ix *Index, n *ast.Node, from []string) {
	for _, c := range n.Children {
		if c.Field != "name" {
			continue
		}
		switch c.Type {
		case "aliased_import":
			name, alias := c.ChildByField("name"), c.ChildByField("alias")
			if name == nil || alias == nil {
				continue
			}
			a.names[ix.Text(alias)] = append(append([]string{}, from...), dottedSegs(ix, name)...)
		case "dotted_name":
			segs := dottedSegs(ix, c)
			if from != nil && len(segs) > 0 {
				a.names[segs[len(segs)-1]] = append(append([]string{}, from...), segs...)
			}
		}
	}
}

func (a *aliasTable) jsImport(ix *Index, n *ast.Node) {
	src := n.ChildByField("source")
	if src == nil {
		return
	}
	mod, ok := jsModule(ix, src)
	if !ok {
		return
	}
	ast.Walk(n, func(c *ast.Node) bool {
		switch c.Type {
		case "namespace_import":
			for _, id := range c.Children {
				if id.Type == "identifier" {
					a.names[ix.Text(id)] = []string{mod}
				}
			}
			return false
		case "import_clause":
			for _, id := range c.Children {
				if id.Type == "identifier" { // default import
					a.names[ix.Text(id)] = []string{mod}
				}
			}
		case "import_specifier":
			name, alias := c.ChildByField("name"), c.ChildByField("alias")
			if name == nil {
				return false
			}
			local := name
			if alias != nil {
				local = alias
			}
			a.names[ix.Text(local)] = []string{mod, ix.Text(name)}
			return false
		}
		return true
	})
}

// jsRequire handles `const x = require('m')` and `const {a, b: c} = require('m')`.
func (a *aliasTable) jsRequire(ix *Index, n *ast.Node) {
	val := n.ChildByField("value")
	name := n.ChildByField("name")
	if val == nil || name == nil {
		return
	}
	mod, ok := requireModule(ix, val)
	if !ok {
		return
	}
	switch name.Type {
	case "identifier":
		a.names[ix.Text(name)] = []string{mod}
	case "object_pattern":
		for _, c := range name.Children {
			switch c.Type {
			case "shorthand_property_identifier_pattern":
				a.names[ix.Text(c)] = []string{mod, ix.Text(c)}
			case "pair_pattern":
				k, v := c.ChildByField("key"), c.ChildByField("value")
				if k != nil && v != nil && v.Type == "identifier" {
					a.names[ix.Text(v)] = []string{mod, ix.Text(k)}
				}
			}
		}
	}
}

// requireModule recognises require('m') and returns m.
func requireModule(ix *Index, n *ast.Node) (string, bool) {
	if n.Type != "call_expression" {
		return "", false
	}
	fn, args := n.ChildByField("function"), n.ChildByField("arguments")
	if fn == nil || args == nil || fn.Type != "identifier" || ix.Text(fn) != "require" {
		return "", false
	}
	var str *ast.Node
	for _, c := range args.Children {
		if c.Named {
			if str != nil {
				return "", false
			}
			str = c
		}
	}
	if str == nil || str.Type != "string" {
		return "", false
	}
	return jsModule(ix, str)
}

func jsModule(ix *Index, str *ast.Node) (string, bool) {
	v, ok := ix.literalValue(str)
	if !ok || v == "" {
		return "", false
	}
	return strings.TrimPrefix(v, "node:"), true
}

// dottedSegs splits a dotted_name / scoped_identifier / identifier.
func dottedSegs(ix *Index, n *ast.Node) []string {
	var segs []string
	ast.Walk(n, func(c *ast.Node) bool {
		if len(c.Children) == 0 && c.Named {
			segs = append(segs, ix.Text(c))
		}
		return len(segs) < 64
	})
	return segs
}

// targetSegs collects the dotted name of n (an identifier or a member
// chain ending in one, or require('m') in JavaScript) into buf, head
// first. ok is false for anything else.
func (m *matcher) targetSegs(n *ast.Node, buf []string) ([]string, bool) {
	buf = buf[:0]
	for i := 0; ; i++ {
		if i > 64 || n == nil {
			return buf, false
		}
		n = m.spec.Unparen(n)
		if m.spec.Identifier[n.Type] || n.Type == "identifier" {
			buf = append(buf, m.text(n))
			break
		}
		if ms, ok := m.spec.Member[n.Type]; ok {
			prop := n.ChildByField(ms.Property)
			if prop == nil || !(m.spec.Identifier[prop.Type] || len(prop.Children) == 0) {
				return buf, false
			}
			buf = append(buf, m.text(prop))
			n = n.ChildByField(ms.Object)
			continue
		}
		if mod, ok := requireModule(m.ix, n); ok {
			buf = append(buf, mod)
			break
		}
		return buf, false
	}
	for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
		buf[i], buf[j] = buf[j], buf[i]
	}
	return buf, true
}

// dottedMatch reports whether the target n names the dotted pattern name
// segs, directly or through an import alias.
func (m *matcher) dottedMatch(segs []string, n *ast.Node) bool {
	// quick rejection: the last segment must be spelled out, unless the
	// target is a bare identifier that may be an alias.
	if ms, ok := m.spec.Member[n.Type]; ok {
		if prop := n.ChildByField(ms.Property); prop == nil || m.text(prop) != segs[len(segs)-1] {
			return false
		}
	} else if m.spec.Identifier[n.Type] {
		if t := m.text(n); t != segs[len(segs)-1] {
			if _, ok := m.ix.aliasTable().names[t]; !ok {
				return false
			}
		}
	}
	ts, ok := m.targetSegs(n, m.segBuf)
	m.segBuf = ts
	if !ok || len(ts) == 0 {
		return false
	}
	if segsEqual(ts, segs) {
		return true
	}
	a := m.ix.aliasTable()
	if exp, ok := a.names[ts[0]]; ok && !(len(exp) == 1 && exp[0] == ts[0]) {
		if len(exp)+len(ts)-1 == len(segs) && segsEqual(exp, segs[:len(exp)]) && segsEqual(ts[1:], segs[len(exp):]) {
			return true
		}
	}
	if !a.java {
		return false
	}
	// java.util.Random matches Random when java.util.* is imported.
	for _, w := range a.wildcards {
		if len(w)+len(ts) == len(segs) && segsEqual(w, segs[:len(w)]) && segsEqual(ts, segs[len(w):]) {
			return true
		}
	}
	// A pattern naming a class (capitalised head) matches its fully
	// qualified spelling, and a qualified pattern matches via the import.
	if len(ts) > len(segs) && isUpper(segs[0]) && segsEqual(ts[len(ts)-len(segs):], segs) {
		return true
	}
	return false
}

func segsEqual(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func isUpper(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }
