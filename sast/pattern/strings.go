package pattern

import (
	"regexp"
	"strings"

	"github.com/vouchsec/vouch/sast/ast"
	"github.com/vouchsec/vouch/sast/rule"
)

// String patterns. A constant pattern string is compared by value
// (pkString); "..." is any constant string (pkAnyString); "$X" any
// constant string, $X bound to its content without the quotes
// (pkStrMeta); "=~/re/flags" a constant string whose value re matches
// (pkStrRegex). A pattern string with interpolations (f"...{$X}...",
// `...${$X}...`) is a list of parts matched against the target's text
// segments and interpolations (pkInterp).

// ipartKind is the kind of one part of an interpolated pattern string.
type ipartKind uint8

const (
	ipAny    ipartKind = iota // any run of text and interpolations
	ipText                    // literal text (raw source spelling)
	ipMeta                    // $NAME: one whole text segment, bound
	ipInterp                  // an interpolation: p matches its expression
)

type ipart struct {
	kind ipartKind
	text string
	p    *pnode
}

// strRegex parses Semgrep's "=~/regex/flags" string pattern value.
func strRegex(v string) (*regexp.Regexp, bool, error) {
	if !strings.HasPrefix(v, "=~/") {
		return nil, false, nil
	}
	body := v[3:]
	end := strings.LastIndexByte(body, '/')
	if end < 0 {
		return nil, false, nil
	}
	expr, flags := body[:end], body[end+1:]
	prefix := ""
	for _, f := range flags {
		switch f {
		case 'i', 'm', 's', 'U':
			prefix += string(f)
		default:
			return nil, false, nil // not a regex after all: a plain string
		}
	}
	if prefix != "" {
		expr = "(?" + prefix + ")" + expr
	}
	re, err := rule.CompileRegex(expr)
	if err != nil {
		return nil, true, err
	}
	return re, true, nil
}

// fPrefixed reports whether a pattern string literal is spelled as a
// format string (Python f"...", JS/TS template `...`): "..." spelled so
// also matches strings with interpolations.
func fPrefixed(text string) bool {
	for i := 0; i < len(text) && i < 3; i++ {
		switch text[i] {
		case 'f', 'F':
			return true
		case '`':
			return true
		case '"', '\'':
			return false
		}
	}
	return false
}

// fOpenEnded reports whether a pattern string literal without
// interpolations is a format string (f"/tmp/...", `...-key`) whose text
// starts or ends with "..." (and is not just "..."): it is compiled as an
// interpolated string, so the ellipsis stands for any text and
// interpolations (`/tmp/...` matches `/tmp/job-${id}.bin`).
func (c *compiler) fOpenEnded(n *ast.Node) bool {
	if len(c.spec.Interpolation) == 0 || !fPrefixed(c.text(n)) || hasSpecialChild(n) {
		return false
	}
	v, ok := stringValue(c.l, c.t, n)
	return ok && v != "..." && (strings.HasPrefix(v, "...") || strings.HasSuffix(v, "..."))
}

// buildInterp compiles a pattern string with interpolation children.
func (c *compiler) buildInterp(n *ast.Node, depth int) (*pnode, error) {
	p := &pnode{kind: pkInterp, typ: n.Type, field: n.Field}
	var text strings.Builder
	inText := false
	flush := func() {
		if !inText {
			return
		}
		inText = false
		s := text.String()
		text.Reset()
		switch {
		case s == "...":
			p.parts = append(p.parts, ipart{kind: ipAny})
			return
		case metavarName.MatchString(s):
			p.parts = append(p.parts, ipart{kind: ipMeta, text: s})
			return
		}
		pre := strings.HasPrefix(s, "...")
		if pre {
			s = s[3:]
			p.parts = append(p.parts, ipart{kind: ipAny})
		}
		post := strings.HasSuffix(s, "...")
		if post {
			s = s[:len(s)-3]
		}
		if s != "" {
			p.parts = append(p.parts, ipart{kind: ipText, text: s})
		}
		if post {
			p.parts = append(p.parts, ipart{kind: ipAny})
		}
	}
	for _, ch := range n.Children {
		switch {
		case c.spec.StringContent[ch.Type]:
			text.WriteString(c.text(ch))
			inText = true
		case c.spec.Interpolation[ch.Type]:
			flush()
			e := interpExpr(ch, c.spec.Comment)
			if e == nil {
				continue
			}
			ep, err := c.build(e, depth+1)
			if err != nil {
				return nil, err
			}
			if ep == nil {
				continue
			}
			p.parts = append(p.parts, ipart{kind: ipInterp, p: ep})
			p.children = append(p.children, ep)
		}
	}
	flush()
	// adjacent "any" parts are one
	out := p.parts[:0]
	for _, pt := range p.parts {
		if pt.kind == ipAny && len(out) > 0 && out[len(out)-1].kind == ipAny {
			continue
		}
		out = append(out, pt)
	}
	p.parts = out
	return p, nil
}

// interpExpr returns the expression of an interpolation node: its
// "expression" field, else its first named child.
func interpExpr(n *ast.Node, comment map[string]bool) *ast.Node {
	if e := n.ChildByField("expression"); e != nil {
		return e
	}
	for _, ch := range n.Children {
		if ch.Named && !comment[ch.Type] {
			return ch
		}
	}
	return nil
}

// constString reports whether n is a string literal without
// interpolations.
func (m *matcher) constString(n *ast.Node) bool {
	if !m.spec.String[n.Type] {
		return false
	}
	for _, c := range n.Children {
		if m.spec.Interpolation[c.Type] {
			return false
		}
	}
	return true
}

// contentRun returns the children of a string literal between its
// delimiters and the byte range they cover; ok is false when the
// literal has no such shape (Python implicit concatenation).
func (m *matcher) contentRun(n *ast.Node) (run []*ast.Node, lo, hi uint32, ok bool) {
	k := n.Children
	if len(k) < 2 {
		return nil, 0, 0, false
	}
	first, last := k[0], k[len(k)-1]
	if first.Named && (m.spec.StringContent[first.Type] || m.spec.String[first.Type]) ||
		last.Named && (m.spec.StringContent[last.Type] || m.spec.String[last.Type]) {
		return nil, 0, 0, false
	}
	if first.EndByte > last.StartByte {
		return nil, 0, 0, false
	}
	return k[1 : len(k)-1], first.EndByte, last.StartByte, true
}

// bindStringContent binds name to the content of the constant string n
// (without quotes), or to n itself when its content has no single span.
func (m *matcher) bindStringContent(name string, n *ast.Node) bool {
	if name == "$_" {
		return true
	}
	run, lo, _, ok := m.contentRun(n)
	if !ok {
		return m.bindNode(name, n)
	}
	return m.bindRun(name, run, lo)
}

// tseg is one part of a target string: a text segment (nodes, raw text)
// or an interpolation's expression (expr).
type tseg struct {
	expr       *ast.Node
	nodes      []*ast.Node
	start, end uint32
}

// targetSegs pushes nothing; it returns the parts of string n (allocating
// only for strings with interpolations, which are rare).
func (m *matcher) stringSegs(n *ast.Node) []tseg {
	var segs []tseg
	for i := 0; i < len(n.Children); i++ {
		ch := n.Children[i]
		switch {
		case m.spec.StringContent[ch.Type]:
			j := i
			for j+1 < len(n.Children) && m.spec.StringContent[n.Children[j+1].Type] {
				j++
			}
			segs = append(segs, tseg{nodes: n.Children[i : j+1], start: ch.StartByte, end: n.Children[j].EndByte})
			i = j
		case m.spec.Interpolation[ch.Type]:
			if e := interpExpr(ch, m.spec.Comment); e != nil {
				segs = append(segs, tseg{expr: e, start: ch.StartByte, end: ch.EndByte})
			}
		}
	}
	return segs
}

// matchInterp matches an interpolated pattern string against string n.
func (m *matcher) matchInterp(p *pnode, n *ast.Node, k func() bool) bool {
	if !m.spec.String[n.Type] {
		return false
	}
	segs := m.stringSegs(n)
	return m.interpAt(p.parts, segs, 0, k)
}

// interpAt matches parts against segs, the first text segment starting
// at byte off of its text.
func (m *matcher) interpAt(parts []ipart, segs []tseg, off uint32, k func() bool) bool {
	if m.tick() {
		return true
	}
	// normalise: an exhausted text segment is skipped
	if len(segs) > 0 && segs[0].expr == nil && segs[0].start+off >= segs[0].end {
		return m.interpAt(parts, segs[1:], 0, k)
	}
	if len(parts) == 0 {
		if len(segs) == 0 {
			return k()
		}
		return false
	}
	pt := parts[0]
	switch pt.kind {
	case ipAny:
		if len(parts) == 1 {
			return k()
		}
		// every later position: each offset of each text segment and
		// each segment boundary
		for i := range segs {
			o := uint32(0)
			if i == 0 {
				o = off
			}
			if segs[i].expr != nil {
				if m.interpAt(parts[1:], segs[i:], 0, k) {
					return true
				}
				continue
			}
			for ; segs[i].start+o < segs[i].end; o++ {
				if m.interpAt(parts[1:], segs[i:], o, k) {
					return true
				}
			}
		}
		return m.interpAt(parts[1:], nil, 0, k)
	case ipText:
		if len(segs) == 0 || segs[0].expr != nil {
			return false
		}
		s := m.ix.src[segs[0].start+off : segs[0].end]
		if !strings.HasPrefix(s, pt.text) {
			return false
		}
		return m.interpAt(parts[1:], segs, off+uint32(len(pt.text)), k)
	case ipMeta:
		if len(segs) == 0 || segs[0].expr != nil || off != 0 {
			return false
		}
		mark := len(m.env)
		if pt.text == "$_" || m.bindRun(pt.text, segs[0].nodes, segs[0].start) {
			if m.interpAt(parts[1:], segs[1:], 0, k) {
				return true
			}
		}
		m.env = m.env[:mark]
		return false
	case ipInterp:
		if len(segs) == 0 || segs[0].expr == nil {
			return false
		}
		rest := segs[1:]
		return m.match(pt.p, segs[0].expr, func() bool { return m.interpAt(parts[1:], rest, 0, k) })
	}
	return false
}
