package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/vouchsec/vouch/finding"
	"github.com/vouchsec/vouch/scan"
)

// textWriter writes the human report: findings grouped by file, each with
// its code, trace and fix, then a summary of what the scan covered.
type textWriter struct {
	w     io.Writer
	color bool
}

func (*textWriter) Progress(scan.Progress) {}

func (t *textWriter) Result(res *scan.Result) error {
	p := &printer{color: t.color}
	p.findings(res.Findings)
	p.summary(res)
	if _, err := io.WriteString(t.w, p.b.String()); err != nil {
		return fmt.Errorf("writing text report: %w", err)
	}
	return nil
}

// ANSI styles.
const (
	ansiReset   = "\x1b[0m"
	ansiBold    = "\x1b[1m"
	ansiDim     = "\x1b[2m"
	ansiRed     = "\x1b[31m"
	ansiGreen   = "\x1b[32m"
	ansiYellow  = "\x1b[33m"
	ansiBlue    = "\x1b[34m"
	ansiMagenta = "\x1b[35m"
	ansiCyan    = "\x1b[36m"
)

// printer accumulates the text report.
type printer struct {
	b     strings.Builder
	color bool
}

// style wraps s in the ANSI codes when colour is on.
func (p *printer) style(codes, s string) string {
	if !p.color || s == "" {
		return s
	}
	return codes + s + ansiReset
}

func (p *printer) printf(format string, args ...any) { fmt.Fprintf(&p.b, format, args...) }

func severityStyle(s finding.Severity) string {
	switch s {
	case finding.SeverityCritical:
		return ansiBold + ansiMagenta
	case finding.SeverityHigh:
		return ansiBold + ansiRed
	case finding.SeverityMedium:
		return ansiYellow
	case finding.SeverityLow:
		return ansiBlue
	}
	return ansiCyan
}

// findings prints every finding under a header per file. The driver has
// sorted them by path, so files appear in order; a path seen again later
// (which a sorted input never has) simply gets a second header.
func (p *printer) findings(fs []finding.Finding) {
	path := "\x00"
	for i := range fs {
		f := &fs[i]
		if f.Range.Path != path {
			path = f.Range.Path
			p.printf("%s\n", p.style(ansiBold, clean(path)))
		}
		p.finding(f)
		p.b.WriteByte('\n')
	}
}

func (p *printer) finding(f *finding.Finding) {
	sev := strings.ToUpper(f.Severity.String())
	p.printf("  %s %s\n", p.style(severityStyle(f.Severity), fmt.Sprintf("%-8s", sev)), p.style(ansiBold, clean(f.RuleID)))
	for _, line := range strings.Split(f.Message, "\n") {
		p.printf("    %s\n", clean(line))
	}
	p.printf("    %s\n", p.style(ansiDim, "at "+location(f.Range)))
	p.code(f.Range)
	if len(f.Trace) > 0 {
		p.printf("    Trace:\n")
		for i, s := range f.Trace {
			msg := s.Message
			if msg == "" {
				msg = "step"
			}
			p.printf("      %d. %s at %s", i+1, clean(msg), location(s.Range))
			if line, ok := snippetLine(s.Range, s.Range.Start.Line); ok && strings.TrimSpace(line) != "" {
				p.printf(": %s", clean(strings.TrimSpace(line)))
			}
			p.b.WriteByte('\n')
		}
	}
	for _, fix := range f.Fixes {
		p.fix(f, fix)
	}
}

// location formats path:line:col.
func location(r finding.Range) string {
	if r.Start.Column > 0 {
		return fmt.Sprintf("%s:%d:%d", clean(r.Path), r.Start.Line, r.Start.Column)
	}
	return fmt.Sprintf("%s:%d", clean(r.Path), r.Start.Line)
}

// code prints the snippet lines with numbers, marking the lines of the
// range and underlining a single-line range.
func (p *printer) code(r finding.Range) {
	if r.Snippet == "" {
		return
	}
	lines := strings.Split(r.Snippet, "\n")
	last := r.Start.Line + len(lines) - 1
	width := len(strconv.Itoa(last))
	for i, line := range lines {
		n := r.Start.Line + i
		mark := " "
		if n >= r.Start.Line && n <= r.End.Line {
			mark = p.style(ansiBold+ansiRed, ">")
		}
		p.printf("    %s %s %s %s\n", mark, p.style(ansiDim, fmt.Sprintf("%*d", width, n)), p.style(ansiDim, "|"), clean(line))
	}
	if r.End.Line > last {
		p.printf("    %s %s\n", strings.Repeat(" ", width+2), p.style(ansiDim, "..."))
	}
	if r.Start.Line == r.End.Line && r.Start.Column > 0 {
		if u := underline(lines[0], r.Start.Column, r.End.Column); u != "" {
			p.printf("    %s %s %s\n", strings.Repeat(" ", width+2), p.style(ansiDim, "|"), p.style(ansiBold+ansiRed, u))
		}
	}
}

// underline returns the caret line for byte columns [start, end) of line:
// the prefix's tabs are kept so the carets line up, other characters become
// spaces, and the range gets one caret per character (at least one).
func underline(line string, start, end int) string {
	if strings.HasSuffix(line, truncMark) {
		line = strings.TrimSuffix(line, truncMark)
	}
	s := min(max(start-1, 0), len(line))
	e := min(max(end-1, s), len(line))
	var b strings.Builder
	for _, r := range line[:s] {
		if r == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
	}
	n := max(utf8.RuneCountInString(line[s:e]), 1)
	b.WriteString(strings.Repeat("^", n))
	return strings.TrimRight(b.String(), " \t")
}

// fix prints a fix: a -/+ pair for a one-line edit of a line the snippet
// holds, otherwise the replaced span and the new text.
func (p *printer) fix(f *finding.Finding, fix finding.Fix) {
	desc := "Fix"
	if fix.Description != "" {
		desc = "Fix: " + clean(fix.Description)
	}
	p.printf("    %s\n", p.style(ansiGreen, desc))
	for _, e := range fix.Edits {
		line, ok := snippetLine(f.Range, e.Start.Line)
		if ok && (e.Path == "" || e.Path == f.Range.Path) && e.Start.Line == e.End.Line &&
			!strings.HasSuffix(line, truncMark) && e.Start.Column >= 1 && e.End.Column >= e.Start.Column && e.End.Column-1 <= len(line) {
			repl := line[:e.Start.Column-1] + e.NewText + line[e.End.Column-1:]
			p.printf("      %s\n", p.style(ansiRed, "- "+clean(line)))
			for _, l := range strings.Split(repl, "\n") {
				p.printf("      %s\n", p.style(ansiGreen, "+ "+clean(l)))
			}
			continue
		}
		path := e.Path
		if path == "" {
			path = f.Range.Path
		}
		p.printf("      replace %s:%d:%d-%d:%d with:\n", clean(path), e.Start.Line, e.Start.Column, e.End.Line, e.End.Column)
		for _, l := range strings.Split(e.NewText, "\n") {
			p.printf("      %s\n", p.style(ansiGreen, "+ "+clean(l)))
		}
	}
}

// clean makes text from scanned files safe to print on a terminal: control
// characters other than tab (an ESC could restyle or rewrite the screen)
// become U+FFFD, one character for one, so carets stay aligned.
func clean(s string) string {
	ok := true
	for _, r := range s {
		if isControl(r) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isControl(r) {
			return utf8.RuneError
		}
		return r
	}, s)
}

func isControl(r rune) bool {
	return (r < 0x20 && r != '\t') || (r >= 0x7f && r <= 0x9f)
}
