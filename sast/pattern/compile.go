package pattern

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/vouchsec/vouch/sast/ast"
	"github.com/vouchsec/vouch/sast/lang"
)

// typeSequence is the root type ParsePattern gives a pattern of several
// statements (ast.TypeSequence).
const typeSequence = "$sequence"

type pkind uint8

const (
	pkNode      pkind = iota // named node: type and children
	pkIdent                  // identifier: text (and import aliases)
	pkToken                  // anonymous token: text
	pkString                 // string literal: unquoted value
	pkAnyString              // "..."
	pkStrMeta                // "$X": any string literal, bound
	pkMetavar                // $X, $_
	pkEllipsis               // ..., $...X
	pkDeep                   // <... e ...>
	pkSeq                    // several statements
	pkInterp                 // string with interpolations: parts
	pkStrRegex               // "=~/re/": a constant string re matches
	pkChain                  // O. ... : O followed by any member accesses and calls
)

// pnode is a compiled pattern node. Children are the significant ones
// (comments, separators and parentheses removed).
type pnode struct {
	kind     pkind
	typ      string
	text     string // identifier/token text, string value, metavariable name
	field    string
	children []*pnode
	// seq: children are matched as a sequence of named elements in which
	// ellipses stand for runs (Spec.Sequence kinds, or any node with an
	// ellipsis child).
	seq bool
	// block: a statement sequence; after an ellipsis the next statement may
	// match inside nested statements.
	block bool
	// det: no ellipsis, deep pattern or keyword argument below; matching
	// has at most one solution and needs no backtracking.
	det bool
	// hasKw: some children are keyword arguments (matched in any order).
	hasKw bool
	kw    bool // this node is a keyword argument
	// segs: the dotted name (a, a.b.c) when the node is an identifier or a
	// member chain of identifiers; matched through import aliases.
	segs []string
	// assign/fn: compared field-wise (Spec.Assignment/Function kinds).
	assign, fn bool
	left       string // assignment left field name
	right      string
	op         string // assignment operator token text, if any
	// minLen[i]: elements children[i:] need at least; ellTail[i]: whether
	// children[i:] holds an ellipsis.
	minLen  []int
	ellTail []bool
	// kwList / pos: for hasKw, the keyword children and a node holding the
	// others.
	kwList []*pnode
	pos    *pnode
	// nullable: a sequence node holding only ellipses, which may also
	// stand for an absent node (Go's empty block has no statement_list).
	nullable bool
	// nondet: the children that are not det, in order (positional nodes).
	nondet []*pnode
	// exprStmt: an expression-statement wrapper with one child; it also
	// matches a declaration statement whose only declarator matches the
	// child (JS `x = f();` vs `let x = f();`).
	exprStmt bool
	// decos: decorator / annotation children (Spec.Decorator kinds), taken
	// out of children: they match a subset of the target's decorators in
	// any order.
	decos []*pnode
	// unord: a dict/object pattern (a sequence of Spec.Pair entries and
	// plain ellipses); entries match distinct target elements in any
	// order; without an ellipsis (open false) the counts must be equal.
	unord   bool
	open    bool
	entries []*pnode
	// fnFields / fnFree: for fn, the fielded children and the unfielded
	// named ones (Java modifiers), precomputed.
	fnFields []*pnode
	fnFree   []*pnode
	// parts: for pkInterp, the pattern string's parts.
	parts []ipart
	// re: for pkStrRegex, the regex.
	re *regexp.Regexp
	// anyDict: Python {...} (a set of one ellipsis) also matches dicts.
	anyDict bool
	// decl: a variable declaration statement (Java local or field),
	// compared field-wise (fn set) with any variable declaration kind.
	decl bool
	// jsx: a JSX opening or self-closing element; jsxName is its name
	// pattern and entries its attribute patterns, matched as an
	// unordered subset of the target's attributes.
	jsx     bool
	jsxName *pnode
	// param: a metavariable standing for a whole parameter of a JS/TS or
	// Python parameter list; it binds the parameter's name (Semgrep:
	// `function f($R)` binds $R to `request` in `request: NextRequest`).
	param bool
	// extra: for assign, the fielded children other than the two sides
	// (a type annotation): the target must have them too.
	extra []*pnode
	// importDecl: a Go import_spec that was a one-spec import
	// declaration; it also matches an import declaration holding a
	// matching spec (a statement of a top-level sequence).
	importDecl bool
	// anyF: for pkAnyString, the pattern was spelled f"..." (Python) or
	// `...` (JS template): interpolated strings match too.
	anyF bool
	// retValue: for a return statement pattern with one value, the
	// value: it also matches an arrow function's expression body, which
	// Semgrep treats as a block holding `return <expr>`.
	retValue *pnode
	// noTypeArgs: a call pattern that spells no type arguments; the
	// target's type arguments (TS f<T>(x), Java o.<T>m()) are ignored.
	noTypeArgs bool
	// annName: the name of an annotation pattern; when it is one
	// identifier or metavariable it is compared with the last segment of
	// a qualified target name (@a.b.QueryValue).
	annName bool
	// call: a call kind (Spec.Call). async: a function pattern spelling
	// `async`, which only matches async functions.
	call, async bool
}

func (p *pnode) kwKids() []*pnode   { return p.kwList }
func (p *pnode) positional() *pnode { return p.pos }

type compiler struct {
	l    *lang.Language
	t    *ast.Tree
	spec *lang.Spec
}

var metavarName = regexp.MustCompile(`^\$[A-Z_][A-Z0-9_]*$`)

func (c *compiler) text(n *ast.Node) string { return c.t.Text(n) }

func (c *compiler) build(n *ast.Node, depth int) (*pnode, error) {
	if depth > maxPatternDepth {
		return nil, errors.New("pattern nested too deeply")
	}
	n = c.spec.Unparen(n)
	if n == nil {
		return nil, nil
	}
	switch n.Type {
	case ast.TypeMetavar:
		name := n.Value
		if name == "" {
			name = c.text(n)
		}
		return &pnode{kind: pkMetavar, text: name, field: n.Field, det: true}, nil
	case ast.TypeEllipsis:
		return &pnode{kind: pkEllipsis, text: n.Value, field: n.Field}, nil
	case ast.TypeDeep:
		if len(n.Children) == 0 {
			return nil, errors.New("empty <... ...>")
		}
		inner, err := c.build(n.Children[0], depth+1)
		if err != nil || inner == nil {
			return inner, err
		}
		return &pnode{kind: pkDeep, children: []*pnode{inner}, field: n.Field}, nil
	}
	if n.Error {
		return nil, fmt.Errorf("syntax error at %q", clip(c.text(n)))
	}
	if e := c.loneEllipsis(n); e != nil {
		// a wrapper the grammar put around a lone "..." (a TS class
		// member `...` parses as a field definition named "...") is
		// the ellipsis
		return &pnode{kind: pkEllipsis, text: e.Value, field: n.Field}, nil
	}
	if !n.Named {
		return &pnode{kind: pkToken, typ: n.Type, text: c.text(n), field: n.Field, det: true}, nil
	}
	if c.spec.Identifier[n.Type] && len(n.Children) == 0 {
		txt := c.text(n)
		if metavarName.MatchString(txt) { // a parser that left $X as an identifier
			return &pnode{kind: pkMetavar, text: txt, field: n.Field, det: true}, nil
		}
		return &pnode{kind: pkIdent, typ: n.Type, text: txt, field: n.Field, det: true, segs: []string{txt}}, nil
	}
	if c.spec.String[n.Type] {
		for _, ch := range n.Children {
			if c.spec.Interpolation[ch.Type] {
				return c.buildInterp(n, depth)
			}
		}
		if c.fOpenEnded(n) {
			return c.buildInterp(n, depth)
		}
		if v, ok := stringValue(c.l, c.t, n); ok {
			re, isRe, err := strRegex(v)
			if err != nil {
				return nil, fmt.Errorf("string regex %q: %w", v, err)
			}
			switch {
			case isRe:
				return &pnode{kind: pkStrRegex, typ: n.Type, text: v, re: re, field: n.Field, det: true}, nil
			case v == "...":
				return &pnode{kind: pkAnyString, typ: n.Type, field: n.Field, det: true, anyF: fPrefixed(c.text(n))}, nil
			case metavarName.MatchString(v):
				return &pnode{kind: pkStrMeta, typ: n.Type, text: v, field: n.Field, det: true}, nil
			case !hasSpecialChild(n):
				return &pnode{kind: pkString, typ: n.Type, text: v, field: n.Field, det: true}, nil
			}
		}
	}
	if ms, ok := c.spec.Member[n.Type]; ok {
		if prop := n.ChildByField(ms.Property); prop != nil && prop.Type == ast.TypeEllipsis && prop.Value == "" {
			if obj := n.ChildByField(ms.Object); obj != nil {
				op, err := c.build(obj, depth+1)
				if err != nil || op == nil {
					return op, err
				}
				return &pnode{kind: pkChain, typ: n.Type, field: n.Field, children: []*pnode{op}}, nil
			}
		}
	}
	p := &pnode{kind: pkNode, typ: n.Type, field: n.Field, det: true}
	if len(n.Children) == 0 {
		p.text = c.text(n)
	}
	if n.Type == typeSequence {
		p.kind = pkSeq
		p.block = true
		p.seq = true
	}
	if c.spec.Sequence[n.Type] {
		p.seq = true
	}
	if c.spec.Block[n.Type] {
		p.block = true
		p.seq = true
	}
	if _, ok := c.spec.KeywordArgument[n.Type]; ok {
		p.kw = true
	}
	if s, ok := c.spec.Assignment[n.Type]; ok && s.Left != "" && s.Right != "" {
		p.assign, p.left, p.right = true, s.Left, s.Right
	}
	if _, ok := c.spec.Function[n.Type]; ok {
		p.fn = true
	}
	if isClassDecl(n.Type) || n.Type == "required_parameter" || n.Type == "optional_parameter" {
		// classes and TS parameters too: modifiers, annotations,
		// heritage and type annotations the pattern does not spell out
		// are ignored
		p.fn = true
	}
	if isVarDecl(n.Type) {
		// compared field-wise like a function: modifiers are a subset,
		// locals and fields match each other
		p.fn, p.decl = true, true
	}
	for _, ch := range n.Children {
		if c.skip(ch) {
			continue
		}
		if p.seq && !ch.Named && ch.Type != ast.TypeEllipsis && ch.Type != ast.TypeMetavar && ch.Type != ast.TypeDeep {
			continue
		}
		if p.assign && !ch.Named && ch.Field == "" && p.op == "" && strings.HasSuffix(c.text(ch), "=") {
			p.op = c.text(ch)
		}
		cp, err := c.build(ch, depth+1)
		if err != nil {
			return nil, err
		}
		if cp == nil {
			continue
		}
		if cp.field == "" {
			cp.field = ch.Field
		}
		if cp.kind == pkEllipsis {
			p.seq = true // an ellipsis anywhere makes the children a sequence
		}
		if cp.kw {
			p.hasKw = true
		}
		p.children = append(p.children, cp)
	}
	if p.seq && !c.spec.Sequence[n.Type] && !p.block && p.kind != pkSeq {
		// an ellipsis among a non-sequence node's children: keep tokens, so
		// "$X + ..." still compares the operator.
		p.children = p.children[:0]
		for _, ch := range n.Children {
			if c.skip(ch) {
				continue
			}
			cp, err := c.build(ch, depth+1)
			if err != nil {
				return nil, err
			}
			if cp != nil {
				p.children = append(p.children, cp)
			}
		}
	}
	if p.kind == pkNode && !p.seq && !strings.Contains(p.typ, "modifier") { // modifier lists are unordered anyway
		kept := p.children[:0]
		for _, ch := range p.children {
			if ch.kind == pkNode && c.spec.Decorator[ch.typ] {
				p.decos = append(p.decos, ch)
			} else {
				kept = append(kept, ch)
			}
		}
		p.children = kept
	}
	if p.kind == pkNode && p.seq && !p.block && !p.hasKw {
		c.markUnordered(p)
	}
	if p.kind == pkNode && n.Type == "class_body" {
		markClassBody(p)
	}
	if p.typ == "parameter_list" {
		p.children = splitGoParams(p.children)
	}
	if isParamListType(p.typ) && c.l.Name != "go" && c.l.Name != "java" {
		for _, ch := range p.children {
			if ch.kind == pkMetavar {
				ch.param = true
			}
		}
	}
	if p.assign {
		for _, ch := range p.children {
			if ch.field != "" && ch.field != p.left && ch.field != p.right && ch.kind != pkToken {
				p.extra = append(p.extra, ch)
			}
		}
	}
	if p.typ == "import_declaration" {
		// Go `import _ "p"` also matches the spec inside a grouped import
		var only *pnode
		for _, ch := range p.children {
			if ch.kind != pkToken {
				if only != nil {
					only = nil
					break
				}
				only = ch
			}
		}
		if only != nil && only.typ == "import_spec" {
			only.field = p.field
			only.importDecl = true
			return only, nil
		}
	}
	for _, ch := range p.children {
		if !ch.det {
			p.det = false
		}
	}
	if p.seq || p.hasKw || len(p.decos) > 0 || p.decl {
		p.det = false
	}
	for _, ch := range p.children {
		if !ch.det {
			p.nondet = append(p.nondet, ch)
		}
	}
	p.segs = c.dotted(n, p)
	if p.seq && p.kind == pkNode && len(p.children) > 0 {
		allEll := true
		for _, ch := range p.children {
			if ch.kind != pkEllipsis || ch.text != "" {
				allEll = false
			}
		}
		// only a statement list may be absent ({...} in Go); an object
		// or array pattern {...} / [...] needs an object or array
		p.nullable = allEll && c.spec.Block[n.Type]
		// Python {...} parses as a set: it stands for any dict too
		p.anyDict = allEll && c.l.Name == "python" && n.Type == "set"
	}
	if p.kind == pkNode && (p.typ == "jsx_self_closing_element" || p.typ == "jsx_opening_element") {
		c.markJSX(p)
	}
	if c.spec.ExpressionStatement[n.Type] && len(p.children) == 1 {
		p.exprStmt = true
		p.det = false
	}
	p.suffixInfo()
	c.markSpecial(p)
	if p.fn {
		for _, ch := range p.children {
			switch {
			case ch.kind == pkToken:
			case ch.field == "":
				p.fnFree = append(p.fnFree, ch)
			default:
				p.fnFields = append(p.fnFields, ch)
			}
		}
	}
	if p.hasKw {
		pos := &pnode{kind: pkNode, typ: p.typ, seq: true}
		for _, ch := range p.children {
			if ch.kw {
				p.kwList = append(p.kwList, ch)
			} else {
				pos.children = append(pos.children, ch)
			}
		}
		pos.suffixInfo()
		p.pos = pos
	}
	return p, nil
}

// isParamListType reports whether typ is a JS/TS or Python parameter list.
func isParamListType(typ string) bool {
	return typ == "formal_parameters" || typ == "parameters" || typ == "lambda_parameters"
}

// loneEllipsis returns the ellipsis n wraps when n is a named node (not a
// sequence or block) whose only significant child is an ellipsis and
// whose text is just that ellipsis (and a terminator), or nil.
func (c *compiler) loneEllipsis(n *ast.Node) *ast.Node {
	if !n.Named || c.spec.Sequence[n.Type] || c.spec.Block[n.Type] || n.Type == typeSequence {
		return nil
	}
	var e *ast.Node
	for _, ch := range n.Children {
		if c.skip(ch) {
			continue
		}
		if e != nil || ch.Type != ast.TypeEllipsis {
			return nil
		}
		e = ch
	}
	if e == nil || strings.TrimRight(strings.TrimSpace(c.text(n)), "; \t\n") != strings.TrimSpace(c.text(e)) {
		return nil
	}
	return e
}

// splitGoParams turns a Go parameter declaration whose leading names are
// ellipses (`..., $R *http.Request` parses as one declaration with the
// names "..." and $R) into an ellipsis element followed by the
// declaration of the remaining name.
func splitGoParams(ps []*pnode) []*pnode {
	var out []*pnode
	for _, ch := range ps {
		if ch.kind != pkNode || ch.typ != "parameter_declaration" || len(ch.children) < 2 ||
			ch.children[0].kind != pkEllipsis || ch.children[0].field != "name" || ch.children[1].field != "name" {
			out = append(out, ch)
			continue
		}
		for len(ch.children) > 1 && ch.children[0].kind == pkEllipsis && ch.children[1].field == "name" {
			out = append(out, ch.children[0])
			ch.children = ch.children[1:]
		}
		ch.nondet = ch.nondet[:0]
		for _, c := range ch.children {
			if !c.det {
				ch.nondet = append(ch.nondet, c)
			}
		}
		out = append(out, ch)
	}
	return out
}

// markUnordered makes a dict/object pattern unordered: every element is
// a key/value entry (Spec.Pair) or a plain ellipsis, and there is an
// entry. Semgrep matches such entries in any order.
func (c *compiler) markUnordered(p *pnode) {
	var entries []*pnode
	open := false
	for _, ch := range p.children {
		switch {
		case ch.kind == pkEllipsis && ch.text == "":
			open = true
		case ch.kind == pkNode && isPair(c.spec, ch.typ):
			entries = append(entries, ch)
		default:
			return
		}
	}
	if len(entries) == 0 {
		return
	}
	p.unord, p.open, p.entries = true, open, entries
}

// markClassBody makes a class body pattern an unordered subset of the
// target's members, as Semgrep matches class members (in any order,
// others allowed), unless it holds an ellipsis metavariable.
func markClassBody(p *pnode) {
	var entries []*pnode
	for _, ch := range p.children {
		switch {
		case ch.kind == pkEllipsis && ch.text == "":
		case ch.kind == pkEllipsis:
			return
		default:
			entries = append(entries, ch)
		}
	}
	if len(entries) == 0 {
		return
	}
	p.seq = true
	p.unord, p.open, p.entries = true, true, entries
}

// markJSX prepares a JSX element pattern: its name and its attributes
// (ellipses dropped: attributes always match as a subset).
func (c *compiler) markJSX(p *pnode) {
	var name *pnode
	var attrs []*pnode
	for _, ch := range p.children {
		switch {
		case ch.field == "name":
			name = ch
		case ch.kind == pkEllipsis && ch.text == "":
		case ch.kind == pkToken:
		default:
			attrs = append(attrs, ch)
		}
	}
	if name == nil {
		return // a fragment: compared as an ordinary node
	}
	p.jsx, p.jsxName, p.entries, p.det = true, name, attrs, false
}

func isPair(spec *lang.Spec, typ string) bool {
	_, ok := spec.Pair[typ]
	return ok
}

// finishRoot drops leading and trailing ellipses of a statement sequence
// (they match anything and must not widen the reported range) and
// unwraps a one-statement sequence.
func (c *compiler) finishRoot(p *pnode) *pnode {
	if p.kind == pkDeep {
		return p.children[0]
	}
	if p.kind != pkSeq {
		return p
	}
	ch := p.children
	for len(ch) > 0 && ch[0].kind == pkEllipsis && ch[0].text == "" {
		ch = ch[1:]
	}
	for len(ch) > 0 && ch[len(ch)-1].kind == pkEllipsis && ch[len(ch)-1].text == "" {
		ch = ch[:len(ch)-1]
	}
	if len(ch) == 1 && ch[0].kind != pkEllipsis {
		return ch[0]
	}
	if len(ch) == 0 {
		return p // "..." alone: matches any statement run; kept as is
	}
	p.children = ch
	p.suffixInfo()
	return p
}

func (p *pnode) suffixInfo() {
	n := len(p.children)
	p.minLen = make([]int, n+1)
	p.ellTail = make([]bool, n+1)
	for i := n - 1; i >= 0; i-- {
		ch := p.children[i]
		p.minLen[i] = p.minLen[i+1]
		p.ellTail[i] = p.ellTail[i+1]
		if ch.kind == pkEllipsis || ch.nullable {
			p.ellTail[i] = true
		} else {
			p.minLen[i]++
		}
	}
}

func (c *compiler) skip(n *ast.Node) bool {
	if c.spec.Comment[n.Type] {
		return true
	}
	if n.Type == ast.TypeEllipsis || n.Type == ast.TypeMetavar || n.Type == ast.TypeDeep {
		return false
	}
	if n.StartByte == n.EndByte && len(n.Children) == 0 { // MISSING tokens, empty nodes
		return true
	}
	if !n.Named {
		switch c.text(n) {
		case ";", ",":
			return true
		}
	}
	return false
}

// dotted returns the segments of an identifier or member chain of
// identifiers (a.b.c), or nil.
func (c *compiler) dotted(n *ast.Node, p *pnode) []string {
	if p.kind == pkIdent {
		return p.segs
	}
	ms, ok := c.spec.Member[n.Type]
	if !ok {
		return nil
	}
	obj, prop := fieldPair(p.children, ms.Object, ms.Property)
	if obj == nil || prop == nil || obj.segs == nil || prop.kind != pkIdent {
		return nil
	}
	segs := append(append([]string{}, obj.segs...), prop.text)
	return segs
}

// fieldPair returns the last children with fields a and b.
func fieldPair(ps []*pnode, a, b string) (pa, pb *pnode) {
	for _, ch := range ps {
		switch ch.field {
		case a:
			pa = ch
		case b:
			pb = ch
		}
	}
	return pa, pb
}

func hasSpecialChild(n *ast.Node) bool {
	found := false
	ast.Walk(n, func(x *ast.Node) bool {
		if x.Type == ast.TypeMetavar || x.Type == ast.TypeEllipsis || x.Type == ast.TypeDeep {
			found = true
		}
		return !found
	})
	return found
}

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "..."
	}
	return s
}

// candidatesFor chooses the node types a match may start at.
func (c *compiler) candidatesFor(p *pnode) candidates {
	switch p.kind {
	case pkSeq:
		return newCandidates(sortedKeys(c.spec.Block), true)
	case pkMetavar, pkEllipsis, pkDeep, pkChain:
		return candidates{all: true}
	case pkString, pkAnyString, pkStrMeta, pkStrRegex, pkInterp:
		return newCandidates(sortedKeys(c.spec.String), false)
	case pkToken:
		return candidates{all: true}
	}
	if p.exprStmt && len(p.children) == 1 && p.children[0].assign {
		// `x = f();` also matches a declaration statement with that one
		// declarator (see pnode.exprStmt)
		return newCandidates(dedupStrings(sortStrings(append([]string{p.typ}, declarationStatements()...))), false)
	}
	if p.decl {
		return newCandidates(varDeclKinds(), false)
	}
	if p.anyDict {
		return newCandidates([]string{"dictionary", "set"}, false)
	}
	if p.fn && p.typ == "function_declaration" {
		return newCandidates(functionKinds(), false)
	}
	if p.jsx && p.typ == "jsx_self_closing_element" {
		return newCandidates([]string{"jsx_element", "jsx_self_closing_element"}, false)
	}
	if p.assign {
		var ts []string
		for k := range c.spec.Assignment {
			ts = append(ts, k)
		}
		for _, k := range fieldDefinitionKinds() {
			if _, ok := assignShape(c.spec, k); ok {
				ts = append(ts, k)
			}
		}
		sort.Strings(ts)
		return newCandidates(dedupStrings(ts), false)
	}
	if p.segs != nil {
		// a dotted name may match an aliased identifier or a shorter or
		// longer chain
		ts := sortedKeys(c.spec.Identifier)
		for k := range c.spec.Member {
			ts = append(ts, k)
		}
		sort.Strings(ts)
		return newCandidates(dedupStrings(ts), false)
	}
	return newCandidates([]string{p.typ}, false)
}

// functionKinds are the target kinds a function declaration pattern
// matches: Go methods and JS/TS class methods too, as in Semgrep
// (`func $F(...) {...}`, `function $F(...) { ... }`).
func functionKinds() []string {
	return []string{"function_declaration", "method_declaration", "method_definition"}
}

// accepts reports whether a target node of type typ may match p by type:
// p's own type, or a kind p stands for too (variable declarations,
// Python dicts for {...}, methods for a function declaration).
func (p *pnode) accepts(typ string) bool {
	switch {
	case typ == p.typ:
		return true
	case p.decl:
		return isVarDecl(typ)
	case p.anyDict:
		return typ == "dictionary"
	case p.fn && p.typ == "function_declaration":
		return typ == "method_declaration" || typ == "method_definition"
	}
	return false
}

// isClassDecl reports whether typ is a class-like declaration (Java,
// JavaScript, TypeScript), compared field-wise like a function.
func isClassDecl(typ string) bool {
	switch typ {
	case "class_declaration", "abstract_class_declaration", "interface_declaration", "enum_declaration", "record_declaration":
		return true
	}
	return false
}

// varDeclKinds are the Java variable declaration kinds a declaration
// pattern matches (a pattern `String $X = ...;` parses as a local).
func varDeclKinds() []string { return []string{"field_declaration", "local_variable_declaration"} }

func isVarDecl(typ string) bool {
	return typ == "field_declaration" || typ == "local_variable_declaration"
}

// declarationStatements are the declaration statement kinds (of all
// languages) that hold declarators: an expression-statement assignment
// pattern may match them.
func declarationStatements() []string {
	return []string{"lexical_declaration", "variable_declaration", "local_variable_declaration", "field_declaration"}
}

func sortStrings(s []string) []string {
	sort.Strings(s)
	return s
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k, v := range m {
		if v {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

func dedupStrings(s []string) []string {
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

func sortNodes(ns []*ast.Node) {
	sort.SliceStable(ns, func(i, j int) bool {
		if ns[i].StartByte != ns[j].StartByte {
			return ns[i].StartByte < ns[j].StartByte
		}
		return ns[i].EndByte > ns[j].EndByte
	})
}

// markSpecial sets the equivalence flags of a compiled node: retValue
// for a return statement, noTypeArgs for a call without type
// arguments, annName for a Java annotation's name.
func (c *compiler) markSpecial(p *pnode) {
	if p.kind != pkNode {
		return
	}
	if c.spec.Return[p.typ] {
		var v *pnode
		for _, ch := range p.children {
			if ch.kind == pkToken {
				continue
			}
			if v != nil {
				return
			}
			v = ch
		}
		p.retValue = v
	}
	if p.fn {
		for _, ch := range p.children {
			if ch.kind == pkToken && ch.text == "async" {
				p.async = true
			}
		}
	}
	if _, ok := c.spec.Call[p.typ]; ok {
		p.call = true
		p.noTypeArgs = true
		for _, ch := range p.children {
			if ch.field == "type_arguments" {
				p.noTypeArgs = false
			}
		}
	}
	if p.typ == "annotation" || p.typ == "marker_annotation" {
		for _, ch := range p.children {
			if ch.field == "name" && (ch.kind == pkMetavar || ch.kind == pkIdent) {
				ch.annName = true
			}
		}
	}
}
