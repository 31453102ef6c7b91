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
	text  string
	segs  []segment
	holes map[string]hole
	ells  []ellAt // ellipsis placeholders that a variant may rewrite
}

// ellKind says which variants rewrite an ellipsis placeholder so that the
// language's grammar accepts it where Semgrep does.
type ellKind uint8

const (
	// ellParam: Java "..." in what may be a parameter list ("Type
	// name(..., T x)"); the variant gives it a type: "(__vouch_T __vouch_e0_)".
	ellParam ellKind = 1 << iota
	// ellStmt: an ellipsis in statement or member position (Java, JS/TS);
	// the variant makes it a statement: Java "__vouch_T __vouch_e0_;",
	// JS "__vouch_e0_;".
	ellStmt
	// ellDict: Python "..." directly inside a dict display {k: v, ...};
	// the variant makes it a dictionary_splat "**__vouch_e0_".
	ellDict
	// ellAnnot: Java "..." in an annotation's argument list among
	// name = value pairs; the variant makes it "__vouch_e0_=__vouch_T".
	ellAnnot
)

// ellAt is an ellipsis placeholder at text[start:end]; semi says no ";"
// follows it (for ellStmt).
type ellAt struct {
	start, end int
	kind       ellKind
	semi       bool
}

// lexStyle is what the placeholder pass must know about a language's
// lexical syntax to leave strings and comments alone.
type lexStyle struct {
	hashComment  bool // Python: # to end of line
	slashComment bool // // and /* */ comments (all but Python, where // is an operator)
	tripleQuote  bool // Python strings and Java text blocks
	backtick     bool // JS/TS template strings, Go raw strings
	rawBacktick  bool // Go: no escapes inside backticks
	fstrings     bool // Python: f-string replacement fields hold code
	// spacedDeep: "<..." opens a deep expression only when followed by
	// white space (Java/TS, where "List<...>" is a generic type).
	spacedDeep bool
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
		return lexStyle{hashComment: true, tripleQuote: true, fstrings: true, keepSpread: func(string, int) bool { return false }}
	case "java":
		return lexStyle{slashComment: true, tripleQuote: true, spacedDeep: true,
			keepSpread: func(t string, i int) bool { return i > 0 && prevIdent(t, i) }}
	case "go":
		return lexStyle{slashComment: true, backtick: true, rawBacktick: true,
			keepSpread: func(t string, i int) bool { return prevIdent(t, i) || nextIdent(t, i) }}
	case "javascript":
		return lexStyle{slashComment: true, backtick: true, keepSpread: nextIdent}
	default: // typescript, tsx
		return lexStyle{slashComment: true, backtick: true, spacedDeep: true, keepSpread: nextIdent}
	}
}

// isMetaVarAt reports whether a metavariable ($X, $_, $FOO_1) starts at i.
func isMetaVarAt(t string, i int) bool {
	return i+1 < len(t) && t[i] == '$' && isMetaStart(t[i+1]) && (i == 0 || !isIdentByte(t[i-1]))
}

// frame is a bracket open during the placeholder pass.
type frame struct {
	open  byte   // '(', '[', '{'; 't' a JS ${...}; 'f' a Python f-string {...}
	quote string // 'f': the f-string's closing quote, to resume its text after "}"
	colon bool   // '{': a ":" at its top level, so it is a Python dict
	annot bool   // '(': the argument list of a Java annotation
	decl  bool   // '(': a Java parameter list ("Type name(")
	value bool   // '{': an array initialiser or object literal, not a block
}

// prepare replaces metavariables, ellipses and deep-expression brackets
// outside string literals and comments by placeholder identifiers. Code
// inside JS template substitutions and Python f-string replacement fields
// is code: "f\"{$X}\"" gets a metavariable placeholder, while the literal
// text around it is left alone.
func (l *Language) prepare(src string) prepared {
	st := l.lexStyle()
	p := prepared{holes: map[string]hole{}}
	var b strings.Builder
	n := 0
	deep := 0
	lastClose := strings.LastIndex(src, "...>")
	var ellFrame []int // per p.ells entry: index in frames of its enclosing bracket, or -1
	var frames []frame // every frame ever opened, for the final colon/annot flags
	var open []int     // stack of indexes into frames
	top := func() *frame {
		if len(open) == 0 {
			return nil
		}
		return &frames[open[len(open)-1]]
	}
	push := func(f frame) {
		frames = append(frames, f)
		open = append(open, len(frames)-1)
	}
	pop := func() { open = open[:len(open)-1] }
	template := func(k int) int { // copies template text from k; enters a substitution at "${"
		j, sub := scanTemplate(src, k)
		b.WriteString(src[k:j])
		if sub {
			push(frame{open: 't'})
		}
		return j
	}
	fstring := func(k int, quote string) int { // copies f-string text from k; enters a field at "{"
		j, sub := scanFString(src, k, quote)
		b.WriteString(src[k:j])
		if sub {
			push(frame{open: 'f', quote: quote})
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
	ellipsis := func(i, j int, h hole) {
		at := b.Len()
		emit(i, j, newHole(phEllipsis, h))
		e := ellAt{start: at, end: b.Len()}
		if f := top(); h.value == "" && l.Name != "python" && l.Name != "go" && (f == nil || !f.value) {
			if stmt, semi := stmtPosition(src, i, j); stmt {
				e.kind |= ellStmt
				e.semi = semi
			}
		}
		fi := -1
		if len(open) > 0 {
			fi = open[len(open)-1]
		}
		p.ells = append(p.ells, e)
		ellFrame = append(ellFrame, fi)
	}
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '#' && st.hashComment, c == '/' && st.slashComment && i+1 < len(src) && src[i+1] == '/':
			j := strings.IndexByte(src[i:], '\n')
			if j < 0 {
				j = len(src) - i
			}
			b.WriteString(src[i : i+j])
			i += j
		case c == '/' && st.slashComment && i+1 < len(src) && src[i+1] == '*':
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
		case c == '(' || c == '[' || c == '{':
			f := frame{open: c}
			if c == '(' && l.Name == "java" {
				f.annot = annotationParen(src, i)
				f.decl = !f.annot && declLike(src, i)
			}
			if c == '{' {
				f.value = valueBrace(src, i)
			}
			push(f)
			b.WriteByte(c)
			i++
		case c == ')' || c == ']' || c == '}':
			f := top()
			b.WriteByte(c)
			i++
			switch {
			case f == nil:
			case f.open == 't' && c == '}':
				pop()
				i = template(i)
			case f.open == 'f' && c == '}':
				q := f.quote
				pop()
				i = fstring(i, q)
			case closes(f.open, c):
				pop()
			}
		case c == ':' || c == '*' && st.fstrings && strings.HasPrefix(src[i:], "**") && afterOpenOrComma(src, i):
			if f := top(); f != nil && f.open == '{' { // "k: v" or "**d": a Python dict
				f.colon = true
			}
			b.WriteByte(c)
			i++
		case (c == '"' || c == '\'') && st.fstrings && fPrefix(src, i):
			q := string(c)
			if strings.HasPrefix(src[i:], strings.Repeat(q, 3)) {
				q = strings.Repeat(q, 3)
			}
			b.WriteString(q)
			i = fstring(i+len(q), q)
		case c == '"' || c == '\'' || c == '`' && st.backtick:
			j := skipString(src, i, st)
			b.WriteString(src[i:j])
			i = j
		case c == '<' && strings.HasPrefix(src[i:], "<...") && lastClose > i+3 &&
			(!st.spacedDeep || i+4 < len(src) && isSpace(src[i+4])):
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
			ellipsis(i, j, hole{typ: ast.TypeEllipsis, value: src[i:j]})
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
			ellipsis(i, i+3, hole{typ: ast.TypeEllipsis})
			i += 3
		case c == '.' && strings.HasPrefix(src[i:], "..."):
			b.WriteString("...")
			i += 3
		default:
			b.WriteByte(c)
			i++
		}
	}
	for k, fi := range ellFrame {
		if fi < 0 {
			continue
		}
		switch f := frames[fi]; {
		case l.Name == "python" && f.open == '{' && f.colon:
			p.ells[k].kind |= ellDict
		case l.Name == "java" && f.open == '(' && f.annot:
			p.ells[k].kind |= ellAnnot
		case l.Name == "java" && f.open == '(' && f.decl:
			p.ells[k].kind |= ellParam
		}
	}
	p.text = b.String()
	return p
}
