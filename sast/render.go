package sast

import (
	"regexp"
	"strings"

	"github.com/vouchsec/vouch/sast/pattern"
)

// metavarRef finds metavariable references in messages and fix templates.
// It is greedy, so "$XY" is never read as "$X" followed by "Y".
var metavarRef = regexp.MustCompile(`\$(\.\.\.)?[A-Za-z_][A-Za-z0-9_]*|\$[0-9]+`)

// maxMessageValue bounds an interpolated metavariable value in a message.
const maxMessageValue = 80

// interpolate replaces the metavariables of a message with the code they
// are bound to: one line, whitespace collapsed, at most ~80 bytes. A
// reference with no binding stays as written.
func interpolate(msg string, b pattern.Bindings) string {
	if len(b) == 0 || !strings.Contains(msg, "$") {
		return msg
	}
	return metavarRef.ReplaceAllStringFunc(msg, func(ref string) string {
		v, ok := lookup(b, ref)
		if !ok {
			return ref
		}
		return shorten(v.Text, maxMessageValue)
	})
}

// lookup finds a binding by its reference; "$...ARGS" may be stored as
// "$...ARGS" or "$ARGS".
func lookup(b pattern.Bindings, ref string) (pattern.Binding, bool) {
	if v, ok := b[ref]; ok {
		return v, true
	}
	if strings.HasPrefix(ref, "$...") {
		v, ok := b["$"+ref[4:]]
		return v, ok
	}
	v, ok := b["$..."+ref[1:]]
	return v, ok
}

// shorten collapses whitespace and cuts s to at most max bytes on a UTF-8
// boundary, marking the cut with "…".
func shorten(s string, max int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= max {
		return s
	}
	cut := max
	for cut > 0 && !utf8Start(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }

// renderFix substitutes metavariables in a fix template with their exact
// bound text. A reference with no binding stays as written.
func renderFix(tmpl string, b pattern.Bindings) string {
	return metavarRef.ReplaceAllStringFunc(tmpl, func(ref string) string {
		if v, ok := lookup(b, ref); ok {
			return v.Text
		}
		return ref
	})
}

// pythonReplacement converts a Python re.sub replacement (what Semgrep's
// fix-regex uses: \1, \g<1>, \g<name>) into Go's Expand syntax (${1}),
// escaping literal dollars.
func pythonReplacement(repl string) string {
	var b strings.Builder
	for i := 0; i < len(repl); i++ {
		c := repl[i]
		switch {
		case c == '$':
			b.WriteString("$$")
		case c == '\\' && i+1 < len(repl) && repl[i+1] >= '0' && repl[i+1] <= '9':
			j := i + 1
			for j < len(repl) && j < i+3 && repl[j] >= '0' && repl[j] <= '9' {
				j++
			}
			b.WriteString("${" + repl[i+1:j] + "}")
			i = j - 1
		case c == '\\' && strings.HasPrefix(repl[i+1:], "g<"):
			end := strings.IndexByte(repl[i+3:], '>')
			if end < 0 {
				b.WriteByte(c)
				continue
			}
			b.WriteString("${" + repl[i+3:i+3+end] + "}")
			i += 3 + end
		case c == '\\' && i+1 < len(repl) && repl[i+1] == '\\':
			b.WriteByte('\\')
			i++
		case c == '\\' && i+1 < len(repl) && repl[i+1] == 'n':
			b.WriteByte('\n')
			i++
		case c == '\\' && i+1 < len(repl) && repl[i+1] == 't':
			b.WriteByte('\t')
			i++
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// applyFixRegex replaces up to count (0 = all) matches of re in text.
func applyFixRegex(re *regexp.Regexp, repl string, count int, text string) string {
	tmpl := pythonReplacement(repl)
	var b strings.Builder
	last := 0
	for n, m := range re.FindAllStringSubmatchIndex(text, -1) {
		if count > 0 && n >= count {
			break
		}
		b.WriteString(text[last:m[0]])
		b.Write(re.ExpandString(nil, tmpl, text, m))
		last = m[1]
	}
	b.WriteString(text[last:])
	return b.String()
}
