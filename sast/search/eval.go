package search

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strconv"

	"github.com/vouchsec/vouch/sast/ast"
	"github.com/vouchsec/vouch/sast/pattern"
	"github.com/vouchsec/vouch/sast/rule"
)

// maxResults bounds intermediate match sets (a pathological rule cannot
// build quadratic result lists without bound).
const maxResults = 100000

// kind says where a range came from; Semgrep's set operations treat the
// three differently (see intersect and difference).
type kind uint8

const (
	kindPlain  kind = iota // pattern
	kindInside             // pattern-inside (and pattern-not-inside)
	kindRegex              // pattern-regex (and pattern-not-regex)
)

// item is a range with bindings and its kind.
type item struct {
	pattern.Match
	kind kind
}

// evaluator evaluates a formula over one region of a file: the whole
// file, or (metavariable-pattern) the code bound to a metavariable.
type evaluator struct {
	ix  *pattern.Index
	ctx context.Context
	// text is the region's text and base its offset in the file; regexes
	// run over it.
	text string
	base int
	// within, when set, restricts code patterns to these subtrees (the
	// nodes of a same-language metavariable-pattern binding).
	within []*ast.Node
	// subs caches metavariable-pattern results over parsed bound text.
	subs map[subKey][]item
}

func newEvaluator(ctx context.Context, ix *pattern.Index) *evaluator {
	return &evaluator{ix: ix, ctx: ctx, text: ix.Source()}
}

// eval evaluates n. cx is the implicit context of a metavariable-pattern
// (the bound range): a `patterns` without positive terms starts from it.
func (e *evaluator) eval(n *node, cx *item) ([]item, error) {
	if err := e.ctx.Err(); err != nil {
		return nil, fmt.Errorf("evaluating formula: %w", err)
	}
	switch n.op {
	case rule.OpPattern:
		var ms []pattern.Match
		var err error
		if e.within != nil {
			ms, err = n.pat.MatchNodes(e.ctx, e.ix, e.within)
		} else {
			ms, err = n.pat.MatchIndex(e.ctx, e.ix)
		}
		if err != nil {
			return nil, err
		}
		out := make([]item, len(ms))
		for i := range ms {
			out[i] = item{Match: ms[i]}
		}
		return out, nil
	case rule.OpRegex, rule.OpNotRegex:
		return e.regex(n.re), nil
	case rule.OpOr:
		var out []item
		for _, ch := range n.children {
			ms, err := e.eval(ch, cx)
			if err != nil {
				return nil, err
			}
			out = append(out, ms...)
		}
		sortItems(out)
		return dedup(out), nil
	case rule.OpAnd:
		return e.and(n, cx)
	case rule.OpInside, rule.OpNotInside:
		ms, err := e.eval(n.children[0], cx)
		for i := range ms {
			ms[i].kind = kindInside
		}
		return ms, err
	case rule.OpNot:
		return e.eval(n.children[0], cx)
	}
	return nil, fmt.Errorf("line %d: operator %d cannot be evaluated here", n.line, n.op)
}

// regex returns the matches of re in the region; named groups bind $NAME,
// numbered groups $1, $2, ...
func (e *evaluator) regex(re *regexp.Regexp) []item {
	return e.regexIn(re, e.text, e.base, nil)
}

// regexAround runs re only over the lines that the candidate matches cover
// (merged, in order) instead of the whole region: a pattern-not-regex can
// only remove a candidate through a regex match that contains it or lies
// in it, and scanning a large file once per candidate rule was the main
// cost of such rules. A multi-line regex match that starts before a
// candidate's first line is not seen (the candidate is then kept).
func (e *evaluator) regexAround(re *regexp.Regexp, cur []item) []item {
	type span struct{ from, to int } // offsets into e.text
	var spans []span
	for _, it := range cur {
		from, to := it.StartByte-e.base, it.EndByte-e.base
		if from < 0 || to > len(e.text) || from > to {
			return e.regex(re) // a candidate outside this region: fall back
		}
		for from > 0 && e.text[from-1] != '\n' {
			from--
		}
		for to < len(e.text) && e.text[to] != '\n' {
			to++
		}
		spans = append(spans, span{from, to})
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].from < spans[j].from })
	var out []item
	for i := 0; i < len(spans); {
		sp := spans[i]
		for i++; i < len(spans) && spans[i].from <= sp.to; i++ {
			sp.to = max(sp.to, spans[i].to)
		}
		out = e.regexIn(re, e.text[sp.from:sp.to], e.base+sp.from, out)
	}
	return out
}

// regexIn appends the matches of re in text, which starts at file offset
// base, to out.
func (e *evaluator) regexIn(re *regexp.Regexp, text string, base int, out []item) []item {
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
				Text: text[loc[2*g]:loc[2*g+1]]}
		}
		out = append(out, item{Match: m, kind: kindRegex})
	}
	return out
}

func isPositive(op rule.Op) bool {
	switch op {
	case rule.OpPattern, rule.OpRegex, rule.OpAnd, rule.OpOr, rule.OpInside:
		return true
	}
	return false
}

// and evaluates `patterns` as Semgrep does: the positive terms'
// ranges are intersected (pattern-inside terms last), then the negative
// terms remove ranges, then conditions filter and focus narrows.
func (e *evaluator) and(n *node, cx *item) ([]item, error) {
	// Plain positives first: a pattern-inside is only evaluated when
	// something is left to constrain.
	var plain, inside [][]item
	// A lone metavariable pattern ($X) beside pattern-insides matches every
	// node: evaluate the insides first and match it only inside them.
	lone := e.loneUnselective(n)
	for pass := 0; pass < 2; pass++ {
		for _, ch := range n.children {
			if !isPositive(ch.op) || (ch.op == rule.OpInside) != (pass == 1) {
				continue
			}
			if ch == lone {
				continue
			}
			ms, err := e.eval(ch, cx)
			if err != nil {
				return nil, err
			}
			if len(ms) == 0 {
				return nil, nil // an empty term empties the intersection
			}
			if allInside(ms) {
				inside = append(inside, ms)
			} else {
				plain = append(plain, ms)
			}
		}
	}
	if lone != nil {
		ranges := make([][2]int, 0, 16)
		for _, t := range inside {
			for i := range t {
				ranges = append(ranges, [2]int{t[i].StartByte, t[i].EndByte})
			}
		}
		ms, err := lone.pat.MatchInRanges(e.ctx, e.ix, ranges)
		if err != nil {
			return nil, err
		}
		if len(ms) == 0 {
			return nil, nil
		}
		its := make([]item, len(ms))
		for i := range ms {
			its[i] = item{Match: ms[i]}
		}
		plain = append(plain, its)
	}
	terms := append(plain, inside...)
	if len(terms) == 0 {
		if cx == nil {
			return nil, fmt.Errorf("line %d: patterns without a positive term", n.line)
		}
		terms = [][]item{{*cx}}
	}
	cur := terms[0]
	for _, t := range terms[1:] {
		cur = e.intersect(cur, t)
		if len(cur) == 0 {
			return nil, nil
		}
	}
	for _, ch := range n.children {
		if len(cur) == 0 {
			return nil, nil
		}
		var neg []item
		var err error
		switch ch.op {
		case rule.OpNot, rule.OpNotInside:
			neg, err = e.eval(ch, cx)
		case rule.OpNotRegex:
			neg = e.regexAround(ch.re, cur)
		default:
			continue
		}
		if err != nil {
			return nil, err
		}
		cur = e.difference(cur, neg)
	}
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
	sortItems(cur)
	return dedup(cur), nil
}

// loneUnselective returns the only plain positive term of n when it is a
// pattern that matches every node ($X) and n also has pattern-inside
// terms, so it can be matched inside their ranges only (the
// intersection keeps nothing else). Over a metavariable-pattern's bound
// code (e.within) it returns nil.
func (e *evaluator) loneUnselective(n *node) *node {
	if e.within != nil {
		return nil
	}
	var lone *node
	insides := 0
	for _, ch := range n.children {
		switch ch.op {
		case rule.OpInside:
			insides++
		case rule.OpPattern:
			if lone != nil || !ch.pat.Unselective() {
				return nil
			}
			lone = ch
		case rule.OpRegex, rule.OpAnd, rule.OpOr:
			return nil
		}
	}
	if insides == 0 {
		return nil
	}
	return lone
}

func allInside(ms []item) bool {
	for i := range ms {
		if ms[i].kind != kindInside {
			return false
		}
	}
	return true
}

func within(x, y *item) bool { return y.StartByte <= x.StartByte && x.EndByte <= y.EndByte }

// intersect is Semgrep's intersect_ranges: a range of one side survives
// when it lies within (or equals) a range of the other with consistent
// bindings, taking that range's extra bindings; a pattern-inside range
// survives only within another pattern-inside range. So the narrower
// range of each compatible pair is kept.
func (e *evaluator) intersect(a, b []item) []item {
	var out []item
	for _, pair := range [2][2][]item{{a, b}, {b, a}} {
		us, vs := pair[0], pair[1]
		for i := range us {
			u := &us[i]
			for j := range vs {
				v := &vs[j]
				if !within(u, v) || (u.kind == kindInside && v.kind != kindInside) {
					continue
				}
				if merged, ok := e.unify(*u, v.Bindings); ok {
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

// difference is Semgrep's difference_ranges: pattern-not removes ranges
// equal to one of its own, pattern-not-inside ranges lying within one of
// its own, pattern-not-regex ranges within or around one of its own; in
// each case only when the shared metavariables agree.
func (e *evaluator) difference(cur, neg []item) []item {
	if len(neg) == 0 {
		return cur
	}
	out := cur[:0:0]
	for i := range cur {
		x := &cur[i]
		drop := false
		for j := range neg {
			y := &neg[j]
			var hit bool
			switch y.kind {
			case kindInside:
				hit = within(x, y)
			case kindRegex:
				hit = within(x, y) || within(y, x)
			default:
				hit = x.StartByte == y.StartByte && x.EndByte == y.EndByte
			}
			if hit && e.consistent(x.Bindings, y.Bindings) {
				drop = true
				break
			}
		}
		if !drop {
			out = append(out, *x)
		}
	}
	return out
}

// consistent reports whether shared metavariables denote equal code.
func (e *evaluator) consistent(a, b pattern.Bindings) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for k, x := range b {
		if y, ok := a[k]; ok && !e.ix.Equal(x, y) {
			return false
		}
	}
	return true
}

// unify returns x with b's bindings added, if consistent.
func (e *evaluator) unify(x item, b pattern.Bindings) (item, bool) {
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

// focus narrows each match to the code of its focus metavariables as
// Semgrep does: a bound range is first intersected with the match (the
// narrower of the two when one contains the other), and with several
// names the focused ranges are intersected in turn; a match where some
// name is unbound or two ranges do not nest is dropped.
func focus(cur []item, names []string) []item {
	out := cur[:0:0]
	for _, x := range cur {
		y, ok := x, true
		for _, name := range names {
			b, bound := x.Bindings[name]
			if !bound {
				ok = false
				break
			}
			f := item{Match: pattern.Match{StartByte: b.StartByte, EndByte: b.EndByte, Start: b.Start, End: b.End, Nodes: b.Nodes}}
			switch {
			case within(&f, &y):
				y.StartByte, y.EndByte, y.Start, y.End, y.Nodes = f.StartByte, f.EndByte, f.Start, f.End, f.Nodes
			case within(&y, &f):
				// the focused code contains the range so far: keep it
			default:
				ok = false
			}
			if !ok {
				break
			}
		}
		if ok {
			out = append(out, y)
		}
	}
	return out
}

// sortItems orders items by start, then by end descending (outer first).
func sortItems(ms []item) { pattern.SortByRange(ms) }

// dedup drops items with the same range, kind and bindings as an earlier
// one (ms sorted).
func dedup(ms []item) []item {
	return pattern.DedupSorted(ms, 0, func(a, b *item) bool { return a.kind == b.kind && a.Bindings.SameRanges(b.Bindings) })
}
