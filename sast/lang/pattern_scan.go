package lang

import "strings"

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
