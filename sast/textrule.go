package sast

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/vouchsec/vouch/sast/ast"
	"github.com/vouchsec/vouch/sast/pattern"
	"github.com/vouchsec/vouch/sast/rule"
)

// textQuery evaluates a regex-only formula over raw file text: the
// engine of `languages: [regex]` / `[generic]` rules, which have no parser.
// Semantics follow Semgrep's: pattern-regex yields every non-overlapping
// match (named groups bind $NAME, numbered groups $1..); patterns keeps
// the ranges of its first positive term that lie inside a range of every
// other positive term, drops those overlapping a pattern-not-regex match,
// then applies metavariable-regex / metavariable-pattern conditions and
// focus-metavariable; pattern-either is the union.
type textQuery struct {
	f   *rule.Formula
	res map[*rule.Formula]*regexp.Regexp
	// condition regexes, left-anchored like Semgrep's metavariable-regex
	condRes map[*rule.Condition]*regexp.Regexp
}

func compileText(f *rule.Formula) (*textQuery, error) {
	q := &textQuery{f: f, res: map[*rule.Formula]*regexp.Regexp{}, condRes: map[*rule.Condition]*regexp.Regexp{}}
	if err := q.compile(f, 0); err != nil {
		return nil, err
	}
	return q, nil
}

func (q *textQuery) compile(f *rule.Formula, depth int) error {
	if depth > 100 {
		return fmt.Errorf("formula too deep")
	}
	switch f.Op {
	case rule.OpRegex, rule.OpNotRegex:
		re, err := rule.CompileRegex(f.Pattern)
		if err != nil {
			return err
		}
		q.res[f] = re
	case rule.OpAnd, rule.OpOr:
		for _, c := range f.Children {
			if err := q.compile(c, depth+1); err != nil {
				return err
			}
		}
		for _, c := range f.Conditions {
			switch c.Kind {
			case rule.CondRegex:
				re, err := regexp.Compile(`^(?:` + c.Regex + `)`)
				if err != nil {
					return err
				}
				q.condRes[c] = re
			case rule.CondPattern:
				if err := q.compile(c.Formula, depth+1); err != nil {
					return err
				}
			default:
				return fmt.Errorf("metavariable-comparison is not supported in regex/generic rules")
			}
		}
	default:
		return fmt.Errorf("only pattern-regex, pattern-not-regex, patterns and pattern-either are supported in regex/generic rules")
	}
	return nil
}

// literals: a regex rule has no prefilter.
func (q *textQuery) literals() [][]string { return nil }

func (q *textQuery) run(ctx context.Context, fs *fileState) ([]hit, error) {
	ms, err := q.eval(ctx, q.f, fs.text(), 0)
	if err != nil {
		return nil, err
	}
	hits := make([]hit, len(ms))
	for i, m := range ms {
		m.Start, m.End = fs.point(m.StartByte), fs.point(m.EndByte)
		for k, b := range m.Bindings {
			b.Start, b.End = fs.point(b.StartByte), fs.point(b.EndByte)
			m.Bindings[k] = b
		}
		hits[i] = hit{match: m}
	}
	return hits, nil
}

// eval works on byte offsets relative to text; base shifts them into the
// file (metavariable-pattern evaluates over a binding's text).
func (q *textQuery) eval(ctx context.Context, f *rule.Formula, text string, base int) ([]pattern.Match, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	switch f.Op {
	case rule.OpRegex:
		re := q.res[f]
		var out []pattern.Match
		for _, loc := range re.FindAllStringSubmatchIndex(text, -1) {
			m := pattern.Match{StartByte: base + loc[0], EndByte: base + loc[1], Bindings: pattern.Bindings{}}
			for g, name := range re.SubexpNames() {
				if g == 0 || loc[2*g] < 0 {
					continue
				}
				key := fmt.Sprintf("$%d", g)
				if name != "" {
					key = "$" + name
				}
				m.Bindings[key] = pattern.Binding{StartByte: base + loc[2*g], EndByte: base + loc[2*g+1], Text: text[loc[2*g]:loc[2*g+1]]}
			}
			out = append(out, m)
		}
		return out, nil
	case rule.OpOr:
		var out []pattern.Match
		for _, c := range f.Children {
			ms, err := q.eval(ctx, c, text, base)
			if err != nil {
				return nil, err
			}
			out = append(out, ms...)
		}
		sortMatches(out)
		return out, nil
	case rule.OpAnd:
		return q.and(ctx, f, text, base)
	}
	return nil, fmt.Errorf("operator %d not supported in regex/generic rules", f.Op)
}

func (q *textQuery) and(ctx context.Context, f *rule.Formula, text string, base int) ([]pattern.Match, error) {
	var pos []pattern.Match
	first := true
	var negs []pattern.Match
	for _, c := range f.Children {
		if c.Op == rule.OpNotRegex {
			for _, loc := range q.res[c].FindAllStringIndex(text, -1) {
				negs = append(negs, pattern.Match{StartByte: base + loc[0], EndByte: base + loc[1]})
			}
			continue
		}
		ms, err := q.eval(ctx, c, text, base)
		if err != nil {
			return nil, err
		}
		if first {
			pos, first = ms, false
			continue
		}
		var kept []pattern.Match
		for _, p := range pos {
			for _, m := range ms {
				if m.StartByte <= p.StartByte && p.EndByte <= m.EndByte {
					if b, ok := merge(p.Bindings, m.Bindings); ok {
						p.Bindings = b
						kept = append(kept, p)
						break
					}
				}
			}
		}
		pos = kept
	}
	if first { // only negative terms: the whole text (metavariable-pattern's implicit "...")
		pos = []pattern.Match{{StartByte: base, EndByte: base + len(text), Bindings: pattern.Bindings{}}}
	}
	var out []pattern.Match
	for _, p := range pos {
		if overlapsAny(p, negs) {
			continue
		}
		ok, err := q.conditions(ctx, f, p, text, base)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		out = append(out, focus(p, f.Focus)...)
	}
	return out, nil
}

func (q *textQuery) conditions(ctx context.Context, f *rule.Formula, p pattern.Match, text string, base int) (bool, error) {
	for _, c := range f.Conditions {
		b, ok := p.Bindings[c.Metavariable]
		if !ok {
			return false, nil
		}
		switch c.Kind {
		case rule.CondRegex:
			if !q.condRes[c].MatchString(b.Text) {
				return false, nil
			}
		case rule.CondPattern:
			ms, err := q.eval(ctx, c.Formula, b.Text, b.StartByte)
			if err != nil {
				return false, err
			}
			if len(ms) == 0 {
				return false, nil
			}
		}
	}
	return true, nil
}

// focus narrows a match to its focus metavariables (intersection of their
// ranges, Semgrep's semantics for several focus-metavariable names).
func focus(m pattern.Match, names []string) []pattern.Match {
	if len(names) == 0 {
		return []pattern.Match{m}
	}
	start, end := m.StartByte, m.EndByte
	for _, n := range names {
		b, ok := m.Bindings[n]
		if !ok {
			return nil
		}
		start, end = max(start, b.StartByte), min(end, b.EndByte)
	}
	if start > end {
		return nil
	}
	m.StartByte, m.EndByte = start, end
	return []pattern.Match{m}
}

func overlapsAny(m pattern.Match, negs []pattern.Match) bool {
	for _, n := range negs {
		if m.StartByte < n.EndByte && n.StartByte < m.EndByte {
			return true
		}
	}
	return false
}

// merge unions two binding sets; it fails when a metavariable is bound to
// different text in each.
func merge(a, b pattern.Bindings) (pattern.Bindings, bool) {
	out := make(pattern.Bindings, len(a)+len(b))
	for k, v := range a {
		out[k] = v
	}
	for k, v := range b {
		if old, ok := out[k]; ok && strings.TrimSpace(old.Text) != strings.TrimSpace(v.Text) {
			return nil, false
		}
		out[k] = v
	}
	return out, true
}

func sortMatches(ms []pattern.Match) {
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].StartByte != ms[j].StartByte {
			return ms[i].StartByte < ms[j].StartByte
		}
		return ms[i].EndByte < ms[j].EndByte
	})
}

// lineStarts returns the byte offset of each line start.
func lineStarts(src []byte) []int {
	starts := []int{0}
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// pointAt converts a byte offset to a 0-based row and byte column.
func pointAt(starts []int, off int) ast.Point {
	row := sort.Search(len(starts), func(i int) bool { return starts[i] > off }) - 1
	if row < 0 {
		row = 0
	}
	return ast.Point{Row: uint32(row), Col: uint32(off - starts[row])}
}
