package search

import (
	"fmt"
	"strings"

	"github.com/vouchsec/vouch/sast/lang"

	"github.com/vouchsec/vouch/sast/pattern"
	"github.com/vouchsec/vouch/sast/rule"
)

// condition filters cur by one metavariable-* condition.
func (e *evaluator) condition(cd *cond, cur []item) ([]item, error) {
	switch cd.kind {
	case rule.CondRegex:
		var out []item
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
		var out []item
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
func (e *evaluator) metavarPattern(cd *cond, cur []item) ([]item, error) {
	var out []item
	for _, x := range cur {
		b, ok := x.Bindings[cd.mv]
		if !ok {
			continue
		}
		subs, err := e.subMatches(cd, b, x.Bindings)
		if err != nil {
			return nil, err
		}
		for _, s := range subs {
			if y, ok := e.unify(x, s.Bindings); ok {
				out = append(out, y)
				break
			}
		}
	}
	return out, nil
}

// subMatches evaluates a metavariable-pattern's formula over the bound
// code only: in the rule's language over the bound nodes (a
// pattern-inside there cannot see code around them), with language
// generic over the bound text, in another language over the bound text
// (a string literal's value) parsed as that language. A `patterns`
// without positive terms starts from the bound range.
func (e *evaluator) subMatches(cd *cond, b pattern.Binding, outer pattern.Bindings) ([]item, error) {
	cx := &item{Match: pattern.Match{StartByte: b.StartByte, EndByte: b.EndByte, Start: b.Start, End: b.End,
		Nodes: b.Nodes, Bindings: outer}}
	src := e.ix.Source()
	inFile := b.StartByte >= 0 && b.StartByte <= b.EndByte && b.EndByte <= len(src) && src[b.StartByte:b.EndByte] == b.Text
	switch {
	case cd.gen != nil:
		sub := &evaluator{ix: e.ix, ctx: e.ctx, text: b.Text, base: b.StartByte}
		return sub.eval(cd.gen, cx)
	case cd.subL != nil:
		return e.otherLanguage(cd, cd.subL, b)
	case len(b.Nodes) == 0 || !inFile:
		// text bound by a regex (or mapped from nested code): parse it
		if b.Text == "" {
			return nil, nil
		}
		return e.otherLanguage(cd, e.ix.Language(), b)
	}
	sub := &evaluator{ix: e.ix, ctx: e.ctx, text: b.Text, base: b.StartByte, within: b.Nodes}
	return sub.eval(cd.sub.root, cx)
}

type subKey struct {
	cd         *cond
	start, end int
	text       string
}

// otherLanguage parses the bound text (a string literal's value) as l
// and evaluates the nested formula there. Results cover the binding;
// nested bindings are kept with their offsets mapped back into the file
// (exact unless the literal holds escapes) and without nodes (they belong
// to the nested tree).
func (e *evaluator) otherLanguage(cd *cond, l *lang.Language, b pattern.Binding) ([]item, error) {
	key := subKey{cd: cd, start: b.StartByte, end: b.EndByte, text: b.Text}
	if ms, ok := e.subs[key]; ok {
		return ms, nil
	}
	text, off := b.Text, 0
	if s, ok := stringLiteralText(e.ix, b); ok {
		text = s
		if i := strings.Index(b.Text, s); i >= 0 {
			off = i
		}
	}
	var out []item
	t, err := l.Parse(e.ctx, []byte(text))
	if err == nil && t != nil {
		sub := newEvaluator(e.ctx, pattern.NewIndex(l, t))
		cx := &item{Match: pattern.Match{EndByte: len(text), End: sub.ix.Point(len(text))}}
		ms, err := sub.eval(cd.sub.root, cx)
		if err != nil {
			return nil, err
		}
		clamp := func(o int) int { return min(max(b.StartByte+off+o, b.StartByte), b.EndByte) }
		for _, m := range ms {
			y := item{Match: pattern.Match{StartByte: b.StartByte, EndByte: b.EndByte, Start: b.Start, End: b.End}}
			if len(m.Bindings) > 0 {
				y.Bindings = make(pattern.Bindings, len(m.Bindings))
				for k, v := range m.Bindings {
					s, t := clamp(v.StartByte), clamp(v.EndByte)
					y.Bindings[k] = pattern.Binding{StartByte: s, EndByte: t, Start: e.ix.Point(s), End: e.ix.Point(t), Text: v.Text}
				}
			}
			out = append(out, y)
		}
	} else if cerr := e.ctx.Err(); cerr != nil {
		return nil, fmt.Errorf("metavariable-pattern: %w", cerr)
	}
	// a snippet that does not parse has no matches
	if e.subs == nil {
		e.subs = map[subKey][]item{}
	}
	e.subs[key] = out
	return out, nil
}
func stringLiteralText(ix *pattern.Index, b pattern.Binding) (string, bool) {
	if len(b.Nodes) != 1 {
		return "", false
	}
	return stringLiteral(ix, b)
}
