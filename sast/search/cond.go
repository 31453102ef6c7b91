package search

import (
	"fmt"

	"github.com/vouchsec/vouch/sast/pattern"
	"github.com/vouchsec/vouch/sast/rule"
)

// condition filters cur by one metavariable-* condition.
func (e *evaluator) condition(cd *cond, cur []pattern.Match) ([]pattern.Match, error) {
	switch cd.kind {
	case rule.CondRegex:
		var out []pattern.Match
		for _, x := range cur {
			b, ok := x.Bindings[cd.mv]
			if !ok {
				continue
			}
			loc := cd.re.FindStringSubmatchIndex(b.Text)
			if loc == nil {
				continue
			}
			// named groups bind new metavariables
			names := cd.re.SubexpNames()
			var extra pattern.Bindings
			for g := 1; g < len(names); g++ {
				if names[g] == "" || loc[2*g] < 0 {
					continue
				}
				if extra == nil {
					extra = pattern.Bindings{}
				}
				s, t := b.StartByte+loc[2*g], b.StartByte+loc[2*g+1]
				extra["$"+names[g]] = pattern.Binding{StartByte: s, EndByte: t, Start: e.ix.Point(s), End: e.ix.Point(t),
					Text: b.Text[loc[2*g]:loc[2*g+1]]}
			}
			if y, ok := e.unify(x, extra); ok {
				out = append(out, y)
			}
		}
		return out, nil
	case rule.CondPattern:
		return e.metavarPattern(cd, cur)
	case rule.CondComparison:
		var out []pattern.Match
		for _, x := range cur {
			v, err := evalComparison(cd.cmp, func(name string) (any, bool) {
				b, ok := x.Bindings[name]
				if !ok {
					return nil, false
				}
				return bindingValue(e.ix, b, cd), true
			})
			if err != nil {
				continue // a comparison that cannot be evaluated does not hold
			}
			if truthy(v) {
				out = append(out, x)
			}
		}
		return out, nil
	}
	return nil, fmt.Errorf("line %d: unknown condition", cd.line)
}

// bindingValue evaluates bound code as a literal: numbers (in base when
// set), string literals (their value), True/False; else its text.
func bindingValue(ix *pattern.Index, b pattern.Binding, cd *cond) any {
	text := b.Text
	if v, err := parseNumber(text, cd.base); err == nil {
		return v
	}
	if len(b.Nodes) == 1 {
		if s, ok := stringLiteral(ix, b); ok {
			if cd.strip {
				if v, err := parseNumber(s, cd.base); err == nil {
					return v
				}
			}
			return s
		}
	}
	switch text {
	case "True", "true":
		return true
	case "False", "false":
		return false
	}
	return text
}

func stringLiteral(ix *pattern.Index, b pattern.Binding) (string, bool) {
	n := b.Nodes[0]
	l := ix.Language()
	if l == nil || l.Spec == nil || !l.Spec.String[n.Type] {
		return "", false
	}
	return pattern.StringValue(l, ix.Tree(), n)
}

// metavarPattern keeps matches whose bound code matches the nested
// formula, adding the nested match's bindings.
func (e *evaluator) metavarPattern(cd *cond, cur []pattern.Match) ([]pattern.Match, error) {
	var out []pattern.Match
	for _, x := range cur {
		b, ok := x.Bindings[cd.mv]
		if !ok {
			continue
		}
		subs, err := e.subMatches(cd, b)
		if err != nil {
			return nil, err
		}
		for _, s := range subs {
			if s.StartByte < b.StartByte || s.EndByte > b.EndByte {
				continue
			}
			if y, ok := e.unify(x, s.Bindings); ok {
				out = append(out, y)
				break
			}
		}
	}
	return out, nil
}

// subMatches evaluates a metavariable-pattern's formula: over the whole
// file once (results are then filtered to the bound range), or, for
// generic or another language, over the bound text only.
func (e *evaluator) subMatches(cd *cond, b pattern.Binding) ([]pattern.Match, error) {
	switch {
	case cd.gen != nil:
		return e.generic(cd.gen, b)
	case cd.subL != nil:
		return e.otherLanguage(cd, b)
	case len(b.Nodes) == 0:
		return nil, nil // a regex-bound metavariable has no code to match
	}
	if e.subs == nil {
		e.subs = map[*cond][]pattern.Match{}
	}
	if ms, ok := e.subs[cd]; ok {
		return ms, nil
	}
	sub := &evaluator{ix: e.ix, ctx: e.ctx}
	ms, err := sub.eval(cd.sub.root)
	if err != nil {
		return nil, err
	}
	e.subs[cd] = ms
	return ms, nil
}

// generic evaluates a regex-only formula over the bound text.
func (e *evaluator) generic(n *node, b pattern.Binding) ([]pattern.Match, error) {
	text := e.ix.Source()
	if b.EndByte <= len(text) && b.StartByte <= b.EndByte && text[b.StartByte:b.EndByte] == b.Text {
		text = text[b.StartByte:b.EndByte]
	} else {
		text = b.Text
	}
	return e.regexFormula(n, text, b.StartByte)
}

func (e *evaluator) regexFormula(n *node, text string, base int) ([]pattern.Match, error) {
	switch n.op {
	case rule.OpRegex, rule.OpNotRegex:
		return e.regex(n.re, text, base), nil
	case rule.OpOr:
		var out []pattern.Match
		for _, ch := range n.children {
			ms, err := e.regexFormula(ch, text, base)
			if err != nil {
				return nil, err
			}
			out = append(out, ms...)
		}
		return out, nil
	case rule.OpNot, rule.OpInside, rule.OpNotInside:
		return e.regexFormula(n.children[0], text, base)
	case rule.OpAnd:
		var cur []pattern.Match
		started := false
		for _, ch := range n.children {
			if ch.op == rule.OpNot || ch.op == rule.OpNotInside || ch.op == rule.OpNotRegex || (ch.op == rule.OpInside && started) {
				continue
			}
			ms, err := e.regexFormula(ch, text, base)
			if err != nil {
				return nil, err
			}
			if !started {
				cur, started = ms, true
			} else if ch.op == rule.OpInside {
				cur = e.inside(cur, ms)
			} else {
				cur = e.intersect(cur, ms)
			}
		}
		for _, ch := range n.children {
			ms, err := e.regexFormula(ch, text, base)
			if err != nil {
				return nil, err
			}
			switch ch.op {
			case rule.OpNot:
				cur = e.not(cur, ms)
			case rule.OpNotInside:
				cur = e.notInside(cur, ms)
			case rule.OpNotRegex:
				cur = notOverlapping(cur, ms)
			}
		}
		for _, cd := range n.conds {
			var err error
			if cur, err = e.condition(cd, cur); err != nil {
				return nil, err
			}
		}
		if len(n.focus) > 0 {
			cur = focus(cur, n.focus)
		}
		return cur, nil
	}
	return nil, fmt.Errorf("line %d: only regex operators are allowed with language generic", n.line)
}

// otherLanguage parses the bound text as cd.subL and evaluates there; the
// results are mapped back to file offsets of the binding (bindings of the
// nested match refer to the nested text and are dropped).
func (e *evaluator) otherLanguage(cd *cond, b pattern.Binding) ([]pattern.Match, error) {
	text := b.Text
	if s, ok := stringLiteralText(e.ix, b); ok {
		text = s
	}
	t, err := cd.subL.Parse(e.ctx, []byte(text))
	if err != nil {
		return nil, fmt.Errorf("metavariable-pattern: parsing %s as %s: %w", cd.mv, cd.subL.Name, err)
	}
	ms, err := cd.sub.EvalIndex(e.ctx, pattern.NewIndex(cd.subL, t))
	if err != nil {
		return nil, err
	}
	for i := range ms {
		ms[i] = pattern.Match{StartByte: b.StartByte, EndByte: b.EndByte, Start: b.Start, End: b.End}
	}
	return ms, nil
}

func stringLiteralText(ix *pattern.Index, b pattern.Binding) (string, bool) {
	if len(b.Nodes) != 1 {
		return "", false
	}
	return stringLiteral(ix, b)
}
