package lang

import (
	"strconv"
	"strings"

	"github.com/vouchsec/vouch/sast/ast"
)

// Placeholder identifiers that stand for pattern syntax while a pattern is
// parsed by the language's own grammar. They are valid identifiers in all
// five languages and unlikely in real patterns.
const (
	phPrefix   = "__vouch_"
	phMetavar  = phPrefix + "m"
	phEllipsis = phPrefix + "e"
	phDeep     = phPrefix + "deep"
	phType     = phPrefix + "T" // Java: type of a parameter-shaped ellipsis
)

// segment records one replacement: text[ns:ne] of the prepared text stands
// for src[os:oe] of the original pattern.
type segment struct{ ns, ne, os, oe int }

// hole is what a placeholder identifier stands for.
type hole struct {
	typ   string // ast.TypeMetavar or ast.TypeEllipsis
	value string // "$X", "$...ARGS" or ""
}

// prepared is a pattern with its Semgrep syntax replaced by placeholders.
type prepared struct {
	text     string
	segs     []segment
	holes    map[string]hole
	parenEll []int    // Java: offsets in text of ellipses that fill a whole (...)
	stmtEll  []stmtAt // Java: ellipses in statement or member position
}

// stmtAt is a Java ellipsis placeholder in statement position: text
// offsets of its start and end, and whether a ";" must be added.
type stmtAt struct {
	start, end int
	semi       bool
}

// lexStyle is what the placeholder pass must know about a language's
// lexical syntax to leave strings and comments alone.
type lexStyle struct {
	hashComment bool // Python: # to end of line
	tripleQuote bool // Python strings and Java text blocks
	backtick    bool // JS/TS template strings, Go raw strings
	rawBacktick bool // Go: no escapes inside backticks
	// keepSpread reports whether "..." at text[i:i+3] is the language's own
	// syntax (JS spread, Go variadic, Java varargs) rather than an ellipsis.
	keepSpread func(text string, i int) bool
}

func isIdentByte(c byte) bool {
	return c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

func isMetaStart(c byte) bool { return c == '_' || c >= 'A' && c <= 'Z' }
func isMetaByte(c byte) bool  { return isMetaStart(c) || c >= '0' && c <= '9' }

func (l *Language) lexStyle() lexStyle {
	prevIdent := func(text string, i int) bool {
		return i > 0 && (isIdentByte(text[i-1]) || text[i-1] == ')' || text[i-1] == ']' || text[i-1] == '>')
	}
	nextIdent := func(text string, i int) bool {
		j := i + 3
		return j < len(text) && (isIdentByte(text[j]) || text[j] == '(' || text[j] == '[')
	}
	switch l.Name {
	case "python":
		return lexStyle{hashComment: true, tripleQuote: true, keepSpread: func(string, int) bool { return false }}
	case "java":
		return lexStyle{tripleQuote: true, keepSpread: func(t string, i int) bool { return i > 0 && prevIdent(t, i) }}
	case "go":
		return lexStyle{backtick: true, rawBacktick: true, keepSpread: func(t string, i int) bool { return prevIdent(t, i) || nextIdent(t, i) }}
	default: // javascript, typescript, tsx
		return lexStyle{backtick: true, keepSpread: nextIdent}
	}
}

// isMetaVarAt reports whether a metavariable ($X, $_, $FOO_1) starts at i.
func isMetaVarAt(t string, i int) bool {
	return i+1 < len(t) && t[i] == '$' && isMetaStart(t[i+1]) && (i == 0 || !isIdentByte(t[i-1]))
}

// prepare replaces metavariables, ellipses and deep-expression brackets
// outside string literals and comments by placeholder identifiers.
func (l *Language) prepare(src string) prepared {
	st := l.lexStyle()
	p := prepared{holes: map[string]hole{}}
	var b strings.Builder
	n := 0
	deep := 0
	braces := 0
	var tmpl []int                // JS: brace depth at each open template substitution
	template := func(k int) int { // copies template text from k; enters a substitution at "${"
		j, sub := scanTemplate(src, k)
		b.WriteString(src[k:j])
		if sub {
			tmpl = append(tmpl, braces)
		}
		return j
	}
	emit := func(i, j int, repl string) {
		p.segs = append(p.segs, segment{ns: b.Len(), ne: b.Len() + len(repl), os: i, oe: j})
		b.WriteString(repl)
	}
	newHole := func(prefix string, h hole) string {
		name := prefix + strconv.Itoa(n) + "_"
		n++
		p.holes[name] = h
		return name
	}
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '#' && st.hashComment, c == '/' && i+1 < len(src) && src[i+1] == '/':
			j := strings.IndexByte(src[i:], '\n')
			if j < 0 {
				j = len(src) - i
			}
			b.WriteString(src[i : i+j])
			i += j
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			j := strings.Index(src[i+2:], "*/")
			if j < 0 {
				j = len(src) - i - 2
			} else {
				j += 2
			}
			b.WriteString(src[i : i+2+j])
			i += 2 + j
		case c == '`' && st.backtick && !st.rawBacktick:
			b.WriteByte('`')
			i = template(i + 1)
		case c == '{':
			braces++
			b.WriteByte(c)
			i++
		case c == '}' && len(tmpl) > 0 && braces == tmpl[len(tmpl)-1]:
			tmpl = tmpl[:len(tmpl)-1]
			b.WriteByte(c)
			i = template(i + 1)
		case c == '}':
			braces--
			b.WriteByte(c)
			i++
		case c == '"' || c == '\'' || c == '`' && st.backtick:
			j := skipString(src, i, st)
			b.WriteString(src[i:j])
			i = j
		case c == '<' && strings.HasPrefix(src[i:], "<..."):
			emit(i, i+4, phDeep+"(")
			deep++
			i += 4
		case deep > 0 && strings.HasPrefix(src[i:], "...>"):
			emit(i, i+4, ")")
			deep--
			i += 4
		case c == '$' && strings.HasPrefix(src[i:], "$...") && i+4 < len(src) && isMetaStart(src[i+4]) && (i == 0 || !isIdentByte(src[i-1])):
			j := i + 4
			for j < len(src) && isMetaByte(src[j]) {
				j++
			}
			p.noteParenEllipsis(src, i, j, b.Len())
			emit(i, j, newHole(phEllipsis, hole{typ: ast.TypeEllipsis, value: src[i:j]}))
			i = j
		case isMetaVarAt(src, i):
			j := i + 1
			for j < len(src) && isMetaByte(src[j]) {
				j++
			}
			if j < len(src) && isIdentByte(src[j]) { // $Foo: a plain identifier in JS
				b.WriteString(src[i:j])
				i = j
				continue
			}
			emit(i, j, newHole(phMetavar, hole{typ: ast.TypeMetavar, value: src[i:j]}))
			i = j
		case c == '.' && strings.HasPrefix(src[i:], "...") && !st.keepSpread(src, i):
			p.noteParenEllipsis(src, i, i+3, b.Len())
			at := b.Len()
			emit(i, i+3, newHole(phEllipsis, hole{typ: ast.TypeEllipsis}))
			if stmt, semi := stmtPosition(src, i, i+3); stmt {
				p.stmtEll = append(p.stmtEll, stmtAt{start: at, end: b.Len(), semi: semi})
			}
			i += 3
		case c == '.' && strings.HasPrefix(src[i:], "..."):
			b.WriteString("...")
			i += 3
		default:
			b.WriteByte(c)
			i++
		}
	}
	p.text = b.String()
	return p
}

// noteParenEllipsis records an ellipsis that is the only content of a
// parenthesised list: "(...)". In Java such an ellipsis may be a parameter
// list, which needs a typed placeholder to parse.
func (p *prepared) noteParenEllipsis(src string, i, j, at int) {
	k := i - 1
	for k >= 0 && (src[k] == ' ' || src[k] == '\t') {
		k--
	}
	m := j
	for m < len(src) && (src[m] == ' ' || src[m] == '\t') {
		m++
	}
	if k >= 0 && src[k] == '(' && m < len(src) && src[m] == ')' && declLike(src, k) {
		p.parenEll = append(p.parenEll, at)
	}
}

// declLike reports whether the "(" at src[k] follows "Type name", as in a
// Java method or constructor declaration, rather than a call.
func declLike(src string, k int) bool {
	word := func(end int) (string, int) { // the identifier ending before end
		for end > 0 && (src[end-1] == ' ' || src[end-1] == '\t' || src[end-1] == '\n') {
			end--
		}
		start := end
		for start > 0 && isIdentByte(src[start-1]) {
			start--
		}
		return src[start:end], start
	}
	name, at := word(k)
	if name == "" {
		return false
	}
	prev, _ := word(at)
	if prev == "" {
		j := at - 1
		for j >= 0 && (src[j] == ' ' || src[j] == '\t' || src[j] == '\n') {
			j--
		}
		return j >= 0 && (src[j] == '>' || src[j] == ']') // generic or array return type
	}
	switch prev {
	case "new", "return", "throw", "else", "case", "yield", "assert":
		return false
	}
	return true
}

// stmtPosition reports whether the ellipsis src[i:j] stands alone where a
// statement or class member could (after "{", ";", "}" or a line break,
// before "}", ";" or a line break), and whether no ";" follows it.
func stmtPosition(src string, i, j int) (stmt, semi bool) {
	k := i - 1
	for k >= 0 && (src[k] == ' ' || src[k] == '\t' || src[k] == '\r') {
		k--
	}
	if k >= 0 && !strings.ContainsRune("{;}\n", rune(src[k])) {
		return false, false
	}
	m := j
	for m < len(src) && (src[m] == ' ' || src[m] == '\t' || src[m] == '\r') {
		m++
	}
	if m < len(src) && !strings.ContainsRune("};\n", rune(src[m])) {
		return false, false
	}
	return true, m >= len(src) || src[m] != ';'
}

// scanTemplate returns the end of the JS template text starting at k: just
// after the closing backtick (sub false) or after a "${" (sub true).
func scanTemplate(src string, k int) (int, bool) {
	for ; k < len(src); k++ {
		switch {
		case src[k] == '\\':
			k++
		case src[k] == '`':
			return k + 1, false
		case src[k] == '$' && k+1 < len(src) && src[k+1] == '{':
			return k + 2, true
		}
	}
	return len(src), false
}

// skipString returns the end of the string literal starting at i (or
// len(src) if it is unterminated).
func skipString(src string, i int, st lexStyle) int {
	q := src[i]
	if st.tripleQuote && q != '`' && strings.HasPrefix(src[i:], strings.Repeat(string(q), 3)) {
		end := strings.Index(src[i+3:], strings.Repeat(string(q), 3))
		if end < 0 {
			return len(src)
		}
		return i + 3 + end + 3
	}
	for j := i + 1; j < len(src); j++ {
		switch src[j] {
		case '\\':
			if q != '`' || !st.rawBacktick {
				j++
			}
		case q:
			return j + 1
		case '\n':
			if q != '`' {
				return j
			}
		}
	}
	return len(src)
}

// mapOffset translates an offset in the prepared text back to the
// original pattern: a start offset inside a placeholder maps to the start of
// the syntax it replaced, an end offset to its end.
func (p *prepared) mapOffset(o int, end bool) int {
	delta := 0
	for _, s := range p.segs {
		if !end && o == s.ns {
			return s.os
		}
		if !end && o > s.ns && o < s.ne { // a token inside the placeholder, e.g. "(" of "__vouch_deep("
			return s.oe
		}
		if end && o > s.ns && o <= s.ne {
			return s.oe
		}
		if s.ne > o {
			break
		}
		delta = s.oe - s.ne
	}
	return o + delta
}
