package sast

import (
	"fmt"
	"regexp"

	"github.com/vouchsec/vouch/finding"
	"github.com/vouchsec/vouch/sast/ast"
	"github.com/vouchsec/vouch/sast/pattern"
	"github.com/vouchsec/vouch/sast/rule"
)

// regexpFix is a compiled fix-regex.
type regexpFix struct {
	re    *regexp.Regexp
	repl  string
	count int
}

func compileFixRegex(r *rule.Rule) (*regexpFix, error) {
	if r.FixRegex == nil {
		return nil, nil
	}
	re, err := rule.CompileRegex(r.FixRegex.Regex)
	if err != nil {
		return nil, fmt.Errorf("fix-regex: %w", err)
	}
	return &regexpFix{re: re, repl: r.FixRegex.Replacement, count: r.FixRegex.Count}, nil
}

// position converts a 0-based tree point into a 1-based finding position.
func position(p ast.Point) finding.Position {
	return finding.Position{Line: int(p.Row) + 1, Column: int(p.Col) + 1}
}

// findings turns a rule's hits in one file into findings, one per distinct
// range (the first hit of a range wins, e.g. the first source reaching a
// sink).
func (c *compiled) findings(fs *fileState, hits []hit) []finding.Finding {
	r := c.rule
	var out []finding.Finding
	seen := map[[2]int]bool{}
	for _, h := range hits {
		m := h.match
		key := [2]int{m.StartByte, m.EndByte}
		if seen[key] {
			continue
		}
		seen[key] = true
		b := messageBindings(fs, h)
		rng := finding.Range{
			Path:  fs.file.Path,
			Start: position(m.Start), End: position(m.End),
			StartByte: m.StartByte, EndByte: m.EndByte,
		}
		fd := finding.Finding{
			RuleID:     r.ID,
			Kind:       finding.KindCode,
			Severity:   r.Meta.Severity,
			Confidence: r.Meta.Confidence,
			CWE:        r.Meta.CWE,
			OWASP:      r.Meta.OWASP,
			Message:    interpolate(r.Message, b),
			Range:      rng,
		}
		for _, s := range h.trace {
			s.Range.Path = fs.file.Path
			fd.Trace = append(fd.Trace, s)
		}
		if fix, ok := c.fix(fs, m, b); ok {
			fd.Fixes = []finding.Fix{fix}
		}
		out = append(out, fd)
	}
	return out
}

// messageBindings are the bindings a message and fix see: the match's own
// (the sink's, for taint), then the source's for names the sink lacks.
// Taint rules may also name $SOURCE and $SINK without binding them: they
// stand for the source and sink code.
func messageBindings(fs *fileState, h hit) pattern.Bindings {
	if h.source == nil {
		return h.match.Bindings
	}
	b := make(pattern.Bindings, len(h.match.Bindings)+len(h.source.Bindings)+2)
	for k, v := range h.source.Bindings {
		b[k] = v
	}
	for k, v := range h.match.Bindings {
		b[k] = v
	}
	src := fs.text()
	span := func(m pattern.Match) pattern.Binding {
		t := ""
		if 0 <= m.StartByte && m.StartByte <= m.EndByte && m.EndByte <= len(src) {
			t = src[m.StartByte:m.EndByte]
		}
		return pattern.Binding{Nodes: m.Nodes, StartByte: m.StartByte, EndByte: m.EndByte, Start: m.Start, End: m.End, Text: t}
	}
	if _, ok := b["$SOURCE"]; !ok {
		b["$SOURCE"] = span(*h.source)
	}
	if _, ok := b["$SINK"]; !ok {
		b["$SINK"] = span(h.match)
	}
	return b
}

// fix renders the rule's fix or fix-regex for one match.
func (c *compiled) fix(fs *fileState, m pattern.Match, b pattern.Bindings) (finding.Fix, bool) {
	src := fs.text()
	if m.StartByte < 0 || m.StartByte > m.EndByte || m.EndByte > len(src) {
		return finding.Fix{}, false
	}
	old := src[m.StartByte:m.EndByte]
	var repl, desc string
	switch {
	case c.rule.Fix != "":
		repl = renderFix(c.rule.Fix, b)
		desc = "Replace with " + shorten(repl, maxMessageValue)
	case c.fixRe != nil:
		repl = applyFixRegex(c.fixRe.re, c.fixRe.repl, c.fixRe.count, old)
		desc = "Rewrite to " + shorten(repl, maxMessageValue)
	default:
		return finding.Fix{}, false
	}
	if repl == old {
		return finding.Fix{}, false
	}
	return finding.Fix{Description: desc, Edits: []finding.TextEdit{{
		Path:      fs.file.Path,
		StartByte: m.StartByte, EndByte: m.EndByte,
		Start: position(m.Start), End: position(m.End),
		NewText: repl,
	}}}, true
}
