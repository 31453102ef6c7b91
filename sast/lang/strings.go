package lang

import (
	"strings"

	"github.com/vouchsec/vouch/sast/ast"
)

// StringValue returns the unquoted value of a string literal node: quotes,
// Python prefixes (r, b, u, f and combinations) and triple quotes, JS
// template backticks and Java text-block delimiters are removed, and the
// obvious escapes (\\ \" \' \` \n \t \r) are decoded except in raw strings.
// ok is false when n is not one of the language's String kinds or builds
// its value from expressions (f-string or template interpolation). It
// works on pattern trees too, where "$X" and "..." come back verbatim.
func (l *Language) StringValue(t *ast.Tree, n *ast.Node) (string, bool) {
	if n == nil || t == nil || !n.Named || !l.Spec.String[n.Type] {
		return "", false
	}
	for _, c := range n.Children {
		if l.Spec.Interpolation[c.Type] || c.Error {
			return "", false
		}
	}
	if n.Type == "concatenated_string" { // Python "a" "b"
		var b strings.Builder
		for _, c := range n.Children {
			if !c.Named || l.Spec.Comment[c.Type] {
				continue
			}
			v, ok := l.StringValue(t, c)
			if !ok {
				return "", false
			}
			b.WriteString(v)
		}
		return b.String(), true
	}
	return unquote(l.Name, t.Text(n))
}

// unquote strips the delimiters of one string literal's source text.
func unquote(langName, s string) (string, bool) {
	raw := false
	if langName == "python" {
		i := 0
		for i < len(s) && i < 3 && strings.IndexByte("rRbBuUfF", s[i]) >= 0 {
			if s[i] == 'r' || s[i] == 'R' {
				raw = true
			}
			i++
		}
		s = s[i:]
	}
	if len(s) < 2 {
		return "", false
	}
	q := s[0]
	switch {
	case (langName == "python" || langName == "java") && len(s) >= 6 && q != '`' &&
		strings.HasPrefix(s, strings.Repeat(s[:1], 3)) && strings.HasSuffix(s, strings.Repeat(s[:1], 3)):
		s = s[3 : len(s)-3]
		if langName == "java" { // text block: content starts after the line break, indentation stripped
			if i := strings.IndexByte(s, '\n'); i >= 0 {
				s = dedent(s[i+1:])
			}
		}
	case q == '"' || q == '\'' || q == '`':
		if s[len(s)-1] != q {
			return "", false
		}
		s = s[1 : len(s)-1]
		if q == '`' && langName == "go" {
			raw = true
		}
	default:
		return "", false
	}
	if raw || strings.IndexByte(s, '\\') < 0 {
		return s, true
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 == len(s) {
			b.WriteByte(c)
			continue
		}
		i++
		switch s[i] {
		case '\\', '"', '\'', '`':
			b.WriteByte(s[i])
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		default:
			b.WriteByte('\\')
			b.WriteByte(s[i])
		}
	}
	return b.String(), true
}

// dedent removes the common leading blanks of a Java text block's lines
// (including the closing delimiter's line).
func dedent(s string) string {
	lines := strings.Split(s, "\n")
	common := -1
	for i, ln := range lines {
		trimmed := strings.TrimLeft(ln, " \t")
		if trimmed == "" && i != len(lines)-1 {
			continue
		}
		if n := len(ln) - len(trimmed); common < 0 || n < common {
			common = n
		}
	}
	for i, ln := range lines {
		if len(ln) >= common && common > 0 {
			lines[i] = ln[common:]
		} else {
			lines[i] = strings.TrimLeft(ln, " \t")
		}
	}
	return strings.Join(lines, "\n")
}
