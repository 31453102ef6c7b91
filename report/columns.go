package report

import (
	"strings"
	"unicode/utf8"

	"github.com/vouchsec/vouch/finding"
)

// truncMark is what the driver appends to a snippet line it shortened.
const truncMark = "…"

// snippetLine returns line n (1-based, in file numbering) of r's snippet,
// which holds the lines r covers starting at r.Start.Line.
func snippetLine(r finding.Range, n int) (string, bool) {
	if r.Snippet == "" || n < r.Start.Line {
		return "", false
	}
	lines := strings.Split(r.Snippet, "\n")
	i := n - r.Start.Line
	if i >= len(lines) {
		return "", false
	}
	return lines[i], true
}

// charColumn converts a 1-based byte column into a 1-based Unicode code
// point column using the text of its line. Where the line is unknown or was
// truncated before the column, the missing bytes count one each (exact for
// ASCII). Columns below 1 are returned unchanged.
func charColumn(line string, known bool, byteCol int) int {
	if byteCol <= 1 || !known {
		return byteCol
	}
	prefix := byteCol - 1
	text := line
	if strings.HasSuffix(text, truncMark) && len(text)-len(truncMark) < prefix {
		text = strings.TrimSuffix(text, truncMark)
	}
	if prefix <= len(text) {
		return utf8.RuneCountInString(text[:prefix]) + 1
	}
	return utf8.RuneCountInString(text) + (prefix - len(text)) + 1
}

// charColumns returns r's start and end columns in code points.
func charColumns(r finding.Range) (start, end int) {
	sl, sok := snippetLine(r, r.Start.Line)
	el, eok := snippetLine(r, r.End.Line)
	return charColumn(sl, sok, r.Start.Column), charColumn(el, eok, r.End.Column)
}
