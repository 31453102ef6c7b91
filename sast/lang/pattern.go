package lang

import (
	"context"
	"fmt"
	"strings"

	"github.com/vouchsec/vouch/sast/ast"
)

// scaffold is one way of embedding a pattern in a parsable program.
type scaffold struct {
	prefix, suffix string
	paren          bool // the pattern was wrapped in (...) to parse as an expression
	javaParams     bool // Java (...) ellipses were given a placeholder type
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
		if sc.javaParams {
			pp = javaParams(p)
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
		for _, jp := range []bool{false, true} {
			if jp && len(p.parenEll) == 0 {
				break
			}
			s = append(s,
				scaffold{prefix: "class __C { void __m() {\n", suffix: "\n} }", javaParams: jp},
				scaffold{prefix: "class __C { void __m() {\n", suffix: ";\n} }", javaParams: jp},
				scaffold{prefix: "class __C {\n", suffix: "\n}", javaParams: jp},
				scaffold{prefix: "class __C {\n", suffix: ";\n}", javaParams: jp},
				scaffold{javaParams: jp},
				scaffold{suffix: ";", javaParams: jp},
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

// javaParams gives every "(...)" ellipsis of p a placeholder type so it
// parses as a Java formal parameter: "(__vouch_T __vouch_e0_)".
func javaParams(p prepared) *prepared {
	ins := map[int]bool{}
	for _, at := range p.parenEll {
		ins[at] = true
	}
	const typ = phType + " "
	out := &prepared{holes: p.holes}
	var b strings.Builder
	last, shift := 0, 0
	for _, s := range p.segs {
		if ins[s.ns] {
			b.WriteString(p.text[last:s.ns])
			out.segs = append(out.segs, segment{ns: s.ns + shift, ne: s.ns + shift + len(typ), os: s.os, oe: s.os})
			b.WriteString(typ)
			last = s.ns
			shift += len(typ)
		}
		out.segs = append(out.segs, segment{ns: s.ns + shift, ne: s.ne + shift, os: s.os, oe: s.oe})
	}
	b.WriteString(p.text[last:])
	out.text = b.String()
	return out
}

// firstError returns the start offset of the first ERROR or MISSING node.
func firstError(t *ast.Tree) int {
	best := -1
	ast.Walk(t.Root, func(n *ast.Node) bool {
		if n.Error && (best < 0 || int(n.StartByte) < best) {
			best = int(n.StartByte)
		}
		return best < 0 || int(n.StartByte) < best
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
