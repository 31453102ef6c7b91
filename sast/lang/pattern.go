package lang

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/vouchsec/vouch/sast/ast"
)

// scaffold is one way of embedding a pattern in a parsable program.
type scaffold struct {
	prefix, suffix string
	paren          bool // the pattern was wrapped in (...) to parse as an expression
	javaParams     bool // Java (...) ellipses were given a placeholder type
	javaStmts      bool // Java statement ellipses were made declarations
}

// ParsePattern turns a Semgrep pattern into a pattern tree. Metavariables
// ($X, $_) become ast.TypeMetavar nodes, "..." and "$...ARGS"
// ast.TypeEllipsis nodes, "<... e ...>" ast.TypeDeep nodes. Scaffolding
// (module/program, Go and Java wrappers) and a lone expression_statement
// are removed; several statements give an ast.TypeSequence root. String
// literals are left alone: "$X" and "..." stay strings (see StringValue).
// Byte offsets and points of the result refer to the original pattern
// text, which is the tree's Source.
func (l *Language) ParsePattern(src string) (*ast.Tree, error) {
	if strings.TrimSpace(src) == "" {
		return nil, fmt.Errorf("%s pattern is empty", l.Name)
	}
	p := l.prepare(src)
	var (
		bestErr    int = -1
		bestErrOff int
	)
	for _, sc := range l.scaffolds(p) {
		pp := &p
		if sc.javaParams || sc.javaStmts {
			pp = javaVariant(p, sc.javaParams, sc.javaStmts)
		}
		text := pp.text
		full := sc.prefix + text + sc.suffix
		t, err := l.Parse(context.Background(), []byte(full))
		if err != nil {
			return nil, fmt.Errorf("parsing %s pattern %q: %w", l.Name, src, err)
		}
		if t.ErrorCount > 0 {
			if off := firstError(t) - len(sc.prefix); off > bestErr {
				bestErr, bestErrOff = off, off
			}
			continue
		}
		root := l.extract(t, pp, sc)
		if root == nil {
			continue
		}
		out := &ast.Tree{Language: l.Name, Source: []byte(src), Root: root}
		remap(out, pp, len(sc.prefix))
		return out, nil
	}
	if bestErrOff < 0 {
		bestErrOff = 0
	}
	orig := p.mapOffset(min(bestErrOff, len(p.text)), false)
	line, col := lineCol(src, orig)
	return nil, fmt.Errorf("invalid %s pattern %q: syntax error at line %d, column %d", l.Name, src, line, col)
}

// scaffolds lists, in order of preference, the programs a pattern is tried in.
func (l *Language) scaffolds(p prepared) []scaffold {
	trimmed := strings.TrimSpace(p.text)
	switch l.Name {
	case "python":
		s := []scaffold{{}}
		if strings.HasPrefix(trimmed, "@") {
			s = append(s, scaffold{suffix: "\ndef __vouch_dec(): pass\n"})
		}
		return s
	case "go":
		return []scaffold{
			{prefix: "package p\nfunc _() {\n", suffix: "\n}\n"},
			{prefix: "package p\n", suffix: "\n"},
		}
	case "java":
		var s []scaffold
		for v := 0; v < 4; v++ {
			jp, js := v&2 != 0, v&1 != 0
			if jp && len(p.parenEll) == 0 || js && len(p.stmtEll) == 0 {
				continue
			}
			s = append(s,
				scaffold{prefix: "class __C { void __m() {\n", suffix: "\n} }", javaParams: jp, javaStmts: js},
				scaffold{prefix: "class __C { void __m() {\n", suffix: ";\n} }", javaParams: jp, javaStmts: js},
				scaffold{prefix: "class __C {\n", suffix: "\n}", javaParams: jp, javaStmts: js},
				scaffold{prefix: "class __C {\n", suffix: ";\n}", javaParams: jp, javaStmts: js},
				scaffold{javaParams: jp, javaStmts: js},
				scaffold{suffix: ";", javaParams: jp, javaStmts: js},
			)
		}
		if strings.HasPrefix(trimmed, "@") {
			s = append(s, scaffold{prefix: "class __C {\n", suffix: "\nvoid __vouch_dec() {} }"},
				scaffold{suffix: "\nclass __vouch_dec {}"})
		}
		return s
	default: // javascript, typescript, tsx
		var s []scaffold
		if strings.HasPrefix(trimmed, "{") {
			s = append(s, scaffold{prefix: "(", suffix: ")", paren: true})
		}
		s = append(s, scaffold{})
		if strings.HasPrefix(trimmed, "@") {
			s = append(s, scaffold{suffix: "\nclass __vouch_dec {}"})
		}
		return s
	}
}

// javaVariant rewrites Java ellipsis placeholders so they parse: with
// params, "(...)" becomes a formal parameter "(__vouch_T __vouch_e0_)";
// with stmts, a statement/member ellipsis becomes a declaration
// "__vouch_T __vouch_e1_;". Segments are rebuilt so offsets still map back.
func javaVariant(p prepared, params, stmts bool) *prepared {
	type insert struct {
		at   int
		text string
		orig int
	}
	origAt := func(at int) int { return p.mapOffset(at, false) }
	var ins []insert
	const typ = phType + " "
	if params {
		for _, at := range p.parenEll {
			ins = append(ins, insert{at, typ, origAt(at)})
		}
	}
	if stmts {
		for _, st := range p.stmtEll {
			ins = append(ins, insert{st.start, typ, origAt(st.start)})
			if st.semi {
				ins = append(ins, insert{st.end, ";", p.mapOffset(st.end, true)})
			}
		}
	}
	slices.SortStableFunc(ins, func(a, b insert) int { return a.at - b.at })
	out := &prepared{holes: p.holes}
	var b strings.Builder
	last, k := 0, 0
	flush := func(upto int) { // inserts at offsets <= upto
		for k < len(ins) && ins[k].at <= upto {
			b.WriteString(p.text[last:ins[k].at])
			last = ins[k].at
			out.segs = append(out.segs, segment{ns: b.Len(), ne: b.Len() + len(ins[k].text), os: ins[k].orig, oe: ins[k].orig})
			b.WriteString(ins[k].text)
			k++
		}
	}
	for _, s := range p.segs {
		flush(s.ns)
		b.WriteString(p.text[last:s.ns])
		out.segs = append(out.segs, segment{ns: b.Len(), ne: b.Len() + s.ne - s.ns, os: s.os, oe: s.oe})
		b.WriteString(p.text[s.ns:s.ne])
		last = s.ne
	}
	flush(len(p.text))
	b.WriteString(p.text[last:])
	out.text = b.String()
	return out
}

// firstError returns where the parse failed: the start of the innermost
// (last-starting) ERROR or MISSING node or of the last token an ERROR
// node swallowed, or -1.
func firstError(t *ast.Tree) int {
	best := -1
	ast.Walk(t.Root, func(n *ast.Node) bool {
		if !n.Error {
			return true
		}
		at := int(n.StartByte)
		if k := len(n.Children); k > 0 { // recovery gave up at its last token
			at = int(n.Children[k-1].StartByte)
		}
		best = max(best, at)
		return true
	})
	return best
}

// lineCol converts a byte offset to a 1-based line and column.
func lineCol(s string, off int) (int, int) {
	off = max(0, min(off, len(s)))
	line := 1 + strings.Count(s[:off], "\n")
	col := off - strings.LastIndexByte(s[:off], '\n')
	return line, col
}
