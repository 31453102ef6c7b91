package search

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strconv"

	"github.com/vouchsec/vouch/sast/pattern"
	"github.com/vouchsec/vouch/sast/rule"
)

// maxResults bounds intermediate match sets (a pathological rule cannot
// build quadratic result lists without bound).
const maxResults = 100000

type evaluator struct {
	ix   *pattern.Index
	ctx  context.Context
	subs map[*cond][]pattern.Match // metavariable-pattern results, once per file
}

func (e *evaluator) eval(n *node) ([]pattern.Match, error) {
	if err := e.ctx.Err(); err != nil {
		return nil, fmt.Errorf("evaluating formula: %w", err)
	}
	switch n.op {
	case rule.OpPattern:
		return n.pat.MatchIndex(e.ctx, e.ix)
	case rule.OpRegex, rule.OpNotRegex:
		return e.regex(n.re, e.ix.Source(), 0), nil
	case rule.OpOr:
		var out []pattern.Match
		for _, ch := range n.children {
			ms, err := e.eval(ch)
			if err != nil {
				return nil, err
			}
			out = append(out, ms...)
		}
		sortMatches(out)
		return dedup(e.ix, out), nil
	case rule.OpAnd:
		return e.and(n)
	case rule.OpNot, rule.OpInside, rule.OpNotInside:
		return e.eval(n.children[0])
	}
	return nil, fmt.Errorf("line %d: operator %d cannot be evaluated here", n.line, n.op)
}

// regex returns the matches of re in text (which starts at byte base of
// the file); named groups bind $NAME, numbered groups $1, $2, ...
func (e *evaluator) regex(re *regexp.Regexp, text string, base int) []pattern.Match {
	var out []pattern.Match
	names := re.SubexpNames()
	for _, loc := range re.FindAllStringSubmatchIndex(text, -1) {
		if len(out) >= maxResults {
			break
		}
		if loc[0] == loc[1] {
			continue // empty matches report nothing useful
		}
		m := pattern.Match{StartByte: base + loc[0], EndByte: base + loc[1]}
		m.Start, m.End = e.ix.Point(m.StartByte), e.ix.Point(m.EndByte)
		for g := 1; g < len(names) && 2*g+1 < len(loc); g++ {
			if loc[2*g] < 0 {
				continue
			}
			name := "$" + strconv.Itoa(g)
			if names[g] != "" {
				name = "$" + names[g]
			}
			if m.Bindings == nil {
				m.Bindings = pattern.Bindings{}
			}
			s, t := base+loc[2*g], base+loc[2*g+1]
			m.Bindings[name] = pattern.Binding{StartByte: s, EndByte: t, Start: e.ix.Point(s), End: e.ix.Point(t),
				Text: e.ix.Source()[s:t]}
		}
		out = append(out, m)
	}
	return out
}

func (e *evaluator) and(n *node) ([]pattern.Match, error) {
	var (
		cur     []pattern.Match
		started bool
		insides [][]pattern.Match
	)
	// positives first, intersected; pattern-inside is positive only when
	// there is nothing else.
	hasPlain := false
	for _, ch := range n.children {
		switch ch.op {
		case rule.OpPattern, rule.OpRegex, rule.OpAnd, rule.OpOr:
			hasPlain = true
		}
	}
	for _, ch := range n.children {
		switch ch.op {
		case rule.OpPattern, rule.OpRegex, rule.OpAnd, rule.OpOr:
		case rule.OpInside:
			if hasPlain {
				continue
			}
		default:
			continue
		}
		ms, err := e.eval(ch)
		if err != nil {
			return nil, err
		}
		if !started {
			cur, started = ms, true
			if ch.op == rule.OpInside {
				insides = append(insides, nil) // consumed as the positive
			}
			continue
		}
		cur = e.intersect(cur, ms)
		if len(cur) == 0 {
			return nil, nil
		}
	}
	for _, ch := range n.children {
		if len(cur) == 0 {
			return nil, nil
		}
		switch ch.op {
		case rule.OpInside:
			if !hasPlain {
				continue
			}
			ms, err := e.eval(ch)
			if err != nil {
				return nil, err
			}
			cur = e.inside(cur, ms)
		case rule.OpNotInside:
			ms, err := e.eval(ch)
			if err != nil {
				return nil, err
			}
			cur = e.notInside(cur, ms)
		case rule.OpNot:
			ms, err := e.eval(ch)
			if err != nil {
				return nil, err
			}
			cur = e.not(cur, ms)
		case rule.OpNotRegex:
			ms := e.regex(ch.re, e.ix.Source(), 0)
			cur = notOverlapping(cur, ms)
		}
	}
	_ = insides
	for _, cd := range n.conds {
		if len(cur) == 0 {
			return nil, nil
		}
		var err error
		cur, err = e.condition(cd, cur)
		if err != nil {
			return nil, err
		}
	}
	if len(n.focus) > 0 {
		cur = focus(cur, n.focus)
	}
	sortMatches(cur)
	return dedup(e.ix, cur), nil
}

// intersect keeps pairs with equal ranges and unifiable bindings.
func (e *evaluator) intersect(a, b []pattern.Match) []pattern.Match {
	var out []pattern.Match
	for _, x := range a {
		for _, y := range b {
			if x.StartByte != y.StartByte || x.EndByte != y.EndByte {
				continue
			}
			if merged, ok := e.unify(x, y.Bindings); ok {
				out = append(out, merged)
				if len(out) >= maxResults {
					return out
				}
			}
		}
	}
	return out
}

// inside keeps matches lying within an inside-match with consistent
// bindings, adding its bindings.
func (e *evaluator) inside(cur, ins []pattern.Match) []pattern.Match {
	var out []pattern.Match
	for _, x := range cur {
		for _, y := range ins {
			if y.StartByte <= x.StartByte && x.EndByte <= y.EndByte {
				if merged, ok := e.unify(x, y.Bindings); ok {
					out = append(out, merged)
					if len(out) >= maxResults {
						return out
					}
				}
			}
		}
	}
	return out
}

func (e *evaluator) notInside(cur, ins []pattern.Match) []pattern.Match {
	out := cur[:0:0]
	for _, x := range cur {
		drop := false
		for _, y := range ins {
			if y.StartByte <= x.StartByte && x.EndByte <= y.EndByte && e.consistent(x.Bindings, y.Bindings) {
				drop = true
				break
			}
		}
		if !drop {
			out = append(out, x)
		}
	}
	return out
}

func (e *evaluator) not(cur, nots []pattern.Match) []pattern.Match {
	out := cur[:0:0]
	for _, x := range cur {
		drop := false
		for _, y := range nots {
			if y.StartByte == x.StartByte && x.EndByte == y.EndByte && e.consistent(x.Bindings, y.Bindings) {
				drop = true
				break
			}
		}
		if !drop {
			out = append(out, x)
		}
	}
	return out
}

func notOverlapping(cur, res []pattern.Match) []pattern.Match {
	out := cur[:0:0]
	for _, x := range cur {
		drop := false
		for _, y := range res {
			if y.StartByte < x.EndByte && x.StartByte < y.EndByte {
				drop = true
				break
			}
		}
		if !drop {
			out = append(out, x)
		}
	}
	return out
}

// consistent reports whether shared metavariables denote equal code.
func (e *evaluator) consistent(a, b pattern.Bindings) bool {
	for k, x := range b {
		if y, ok := a[k]; ok && !e.ix.Equal(x, y) {
			return false
		}
	}
	return true
}

// unify returns x with b's bindings added, if consistent.
func (e *evaluator) unify(x pattern.Match, b pattern.Bindings) (pattern.Match, bool) {
	if !e.consistent(x.Bindings, b) {
		return x, false
	}
	extra := false
	for k := range b {
		if _, ok := x.Bindings[k]; !ok {
			extra = true
			break
		}
	}
	if !extra {
		return x, true
	}
	nb := make(pattern.Bindings, len(x.Bindings)+len(b))
	for k, v := range x.Bindings {
		nb[k] = v
	}
	for k, v := range b {
		if _, ok := nb[k]; !ok {
			nb[k] = v
		}
	}
	x.Bindings = nb
	return x, true
}

// focus moves each match to the range of its focus metavariable. With
// several names the result is their union: one match per bound name
// (Semgrep intersects them; the union is a documented simplification).
func focus(cur []pattern.Match, names []string) []pattern.Match {
	var out []pattern.Match
	for _, x := range cur {
		for _, name := range names {
			b, ok := x.Bindings[name]
			if !ok {
				continue
			}
			y := x
			y.StartByte, y.EndByte, y.Start, y.End, y.Nodes = b.StartByte, b.EndByte, b.Start, b.End, b.Nodes
			out = append(out, y)
		}
	}
	return out
}

func sortMatches(ms []pattern.Match) {
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].StartByte != ms[j].StartByte {
			return ms[i].StartByte < ms[j].StartByte
		}
		return ms[i].EndByte > ms[j].EndByte
	})
}

// dedup drops matches with the same range and equal bindings as an
// earlier one (ms sorted).
func dedup(ix *pattern.Index, ms []pattern.Match) []pattern.Match {
	out := ms[:0]
	for _, m := range ms {
		dup := false
		for j := len(out) - 1; j >= 0 && out[j].StartByte == m.StartByte; j-- {
			if out[j].EndByte == m.EndByte && sameBindings(ix, out[j].Bindings, m.Bindings) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, m)
		}
	}
	return out
}

func sameBindings(ix *pattern.Index, a, b pattern.Bindings) bool {
	if len(a) != len(b) {
		return false
	}
	for k, x := range a {
		y, ok := b[k]
		if !ok || x.StartByte != y.StartByte || x.EndByte != y.EndByte {
			return false
		}
	}
	return true
}
