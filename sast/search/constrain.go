package search

import (
	"github.com/vouchsec/vouch/sast/pattern"
	"github.com/vouchsec/vouch/sast/rule"
)

// constrain pushes metavariable-regex conditions down into the patterns
// whose matches they filter (pattern.Where), so that the matcher drops a
// rejected solution before recording it. This is only done where it
// cannot change the result: a `patterns` hands its regex conditions (and
// those it inherited) to its only positive term that is not a
// pattern-inside, through pattern-either alternatives, down to patterns
// binding the metavariable. The bindings of that term's matches are the
// ones the conditions see (intersection keeps them; pattern-inside terms
// only add bindings), and every other step of `patterns` filters match by
// match, so filtering earlier keeps exactly the same matches. The
// conditions are still evaluated afterwards (named groups bind).
func constrain(n *node, inherited []pattern.Constraint) {
	switch n.op {
	case rule.OpPattern:
		if len(inherited) > 0 {
			n.pat = n.pat.Where(inherited)
		}
	case rule.OpOr:
		for _, ch := range n.children {
			constrain(ch, inherited)
		}
	case rule.OpAnd:
		cs := inherited[:len(inherited):len(inherited)]
		for _, cd := range n.conds {
			if cd.kind == rule.CondRegex {
				cs = append(cs, pattern.Constraint{Name: cd.mv, Re: cd.re})
			}
		}
		only := onlyPlainPositive(n)
		for _, ch := range n.children {
			if ch == only {
				constrain(ch, cs)
			} else {
				constrain(ch, nil)
			}
		}
	default:
		for _, ch := range n.children {
			constrain(ch, nil)
		}
	}
	for _, cd := range n.conds {
		if cd.sub != nil {
			constrain(cd.sub.root, nil)
		}
	}
}

// onlyPlainPositive returns n's only positive term that is not a
// pattern-inside, or nil when there are several or none.
func onlyPlainPositive(n *node) *node {
	var only *node
	for _, ch := range n.children {
		if !isPositive(ch.op) || ch.op == rule.OpInside {
			continue
		}
		if only != nil {
			return nil
		}
		only = ch
	}
	return only
}
