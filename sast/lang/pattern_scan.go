package lang

import "strings"

// afterOpenOrComma reports whether the last non-blank byte before src[i]
// is "{" or "," (so "**" there is a dict unpacking, not a power operator).
func afterOpenOrComma(src string, i int) bool {
	k := i - 1
	for k >= 0 && isSpace(src[k]) {
		k--
	}
	return k >= 0 && (src[k] == '{' || src[k] == ',')
}

// valueBrace reports whether the "{" at src[k] opens a value (a Java
// array initialiser, a JS object literal) rather than a block: it follows
// "=", "(", "[", ",", ":", "]" or "return".
func valueBrace(src string, k int) bool {
	j := k - 1
	for j >= 0 && isSpace(src[j]) {
		j--
	}
	if j < 0 {
		return false
	}
	return strings.IndexByte("=([,:]", src[j]) >= 0 || strings.HasSuffix(src[:j+1], "return") && (j < 6 || !isIdentByte(src[j-6]))
}

// closes reports whether the bracket c closes the frame opened by open.
func closes(open, c byte) bool {
	return open == '(' && c == ')' || open == '[' && c == ']' || open == '{' && c == '}'
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// annotationParen reports whether the "(" at src[k] opens the argument
// list of a Java annotation: it follows "@Name" or "@a.b.Name".
func annotationParen(src string, k int) bool {
	j := k
	for j > 0 && (src[j-1] == ' ' || src[j-1] == '\t') {
		j--
	}
	end := j
	for j > 0 && (isIdentByte(src[j-1]) || src[j-1] == '.') {
		j--
	}
	return j < end && j > 0 && src[j-1] == '@'
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
// before "}", ";", a line break or the next statement's first word, as in
// "{ ... if (x) {...} }"), and whether no ";" follows it.
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
	if m < len(src) && !strings.ContainsRune("};\n@", rune(src[m])) && !(isIdentByte(src[m]) && (src[m] < '0' || src[m] > '9')) {
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

// fPrefix reports whether the quote at src[i] opens a Python f-string: it
// follows a string prefix of at most two letters that holds f or F.
func fPrefix(src string, i int) bool {
	k := i
	for k > 0 && i-k < 2 && strings.IndexByte("rRbBuUfF", src[k-1]) >= 0 {
		k--
	}
	if k > 0 && isIdentByte(src[k-1]) {
		return false
	}
	return strings.ContainsAny(src[k:i], "fF")
}

// scanFString returns the end of Python f-string text starting at k: just
// after the closing quote (sub false) or after the "{" that opens a
// replacement field (sub true). "{{" and "}}" are literal braces; a
// backslash keeps the next byte from closing the string; a single-quoted
// string ends, unterminated, at a line break.
func scanFString(src string, k int, quote string) (int, bool) {
	for ; k < len(src); k++ {
		switch c := src[k]; {
		case c == '\\':
			k++
		case c == '{' && k+1 < len(src) && src[k+1] == '{':
			k++
		case c == '{':
			return k + 1, true
		case c == '\n' && len(quote) == 1:
			return k, false
		case c == quote[0] && strings.HasPrefix(src[k:], quote):
			return k + len(quote), false
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
