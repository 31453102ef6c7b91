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
}

// MaxPatternSize bounds a pattern's length: an invalid pattern is parsed
// once per scaffold and variant, and tree-sitter's error recovery on a
// huge invalid input takes seconds.
const MaxPatternSize = 64 << 10

// ParsePattern turns a Semgrep pattern into a pattern tree. Metavariables
// ($X, $_) become ast.TypeMetavar nodes, "..." and "$...ARGS"
// ast.TypeEllipsis nodes, "<... e ...>" ast.TypeDeep nodes. Scaffolding
// (module/program, Go and Java wrappers) and a lone expression_statement
// are removed; several statements give an ast.TypeSequence root. String
// literals are left alone: "$X" and "..." stay strings (see StringValue);
// code in f-string fields and template substitutions is pattern code (see
// the package doc for the representation).
// Byte offsets and points of the result refer to the original pattern
// text, which is the tree's Source.
//
// Results are memoised per language: rule packs repeat the same patterns
// (shared source and sink lists) many times, and a pattern parse tries
// several scaffolds. The returned tree is shared and must not be modified.
func (l *Language) ParsePattern(src string) (*ast.Tree, error) {
	return l.patterns.get(src, l.parsePattern)
}

func (l *Language) parsePattern(src string) (*ast.Tree, error) {
	if strings.TrimSpace(src) == "" {
		return nil, fmt.Errorf("%s pattern is empty", l.Name)
	}
	if len(src) > MaxPatternSize {
		return nil, fmt.Errorf("%s pattern of %d bytes is over the %d-byte limit", l.Name, len(src), MaxPatternSize)
	}
	p := l.prepare(src)
	var (
		bestErr    int = -1
		bestErrOff int
	)
	for _, v := range p.variants() {
		pp := &p
		if v != 0 {
			pp = l.variant(p, v)
		}
		for _, sc := range l.scaffolds(p) {
			full := sc.prefix + pp.text + sc.suffix
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
		s := []scaffold{
			{prefix: "class __C { void __m() {\n", suffix: "\n} }"},
			{prefix: "class __C { void __m() {\n", suffix: ";\n} }"},
			{prefix: "class __C {\n", suffix: "\n}"},
			{prefix: "class __C {\n", suffix: ";\n}"},
			{},
			{suffix: ";"},
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
		return append(s, methodScaffolds(trimmed)...) // pattern_jsmethod.go
	}
}

// variants lists the variant masks to try, in order: none first (dict
// rewrites first of all), then each combination of the ellipsis kinds the
// pattern has.
func (p *prepared) variants() []ellKind {
	var have ellKind
	for _, e := range p.ells {
		have |= e.kind
	}
	out := []ellKind{0}
	for v := ellKind(1); v <= have; v++ {
		if v&^have == 0 {
			out = append(out, v)
		}
	}
	// A Python brace with "k: v" or "**d" in it is a dict: try the dict
	// rewrite first, as "{..., **d}" also parses, wrongly, as a set.
	slices.SortStableFunc(out, func(a, b ellKind) int { return int(b&ellDict) - int(a&ellDict) })
	return out
}

// variant rewrites the ellipsis placeholders of the kinds in v so that
// they parse where Semgrep allows them (see ellKind). Segments are rebuilt
// so offsets still map back to the original pattern.
func (l *Language) variant(p prepared, v ellKind) *prepared {
	type insert struct {
		at   int
		text string
		orig int
	}
	var ins []insert
	before := func(e ellAt, text string) {
		ins = append(ins, insert{e.start, text, p.mapOffset(e.start, false)})
	}
	after := func(e ellAt, text string) {
		ins = append(ins, insert{e.end, text, p.mapOffset(e.end, true)})
	}
	for _, e := range p.ells {
		k := e.kind & v
		if k&ellParam != 0 {
			before(e, phType+" ")
		}
		if k&ellStmt != 0 {
			if l.Name == "java" {
				before(e, phType+" ")
			}
			if e.semi {
				after(e, ";")
			}
		}
		if k&ellDict != 0 {
			before(e, "**")
		}
		if k&ellAnnot != 0 {
			after(e, "="+phType)
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
