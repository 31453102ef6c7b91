package search

import "github.com/vouchsec/vouch/sast/rule"

// Literals returns a prefilter: a conjunction of disjunctions of strings.
// A file can only match if, for every inner slice, its text contains at
// least one of the slice's strings. An empty result means no constraint.
func (q *Query) Literals() [][]string { return literalClauses(q.root) }

func literalClauses(n *node) [][]string {
	switch n.op {
	case rule.OpPattern:
		var out [][]string
		for _, s := range n.pat.Literals() {
			out = append(out, []string{s})
		}
		return out
	case rule.OpRegex:
		if set := regexLiterals(n.re); set != nil {
			return [][]string{set}
		}
		return nil
	case rule.OpAnd:
		var out [][]string
		for _, ch := range n.children {
			switch ch.op {
			case rule.OpPattern, rule.OpAnd, rule.OpOr, rule.OpInside, rule.OpRegex:
				out = append(out, literalClauses(ch)...)
			}
		}
		// the code a metavariable-regex accepts is file text (unless a
		// metavariable-pattern in another language bound it from a
		// string's unescaped value)
		for _, cd := range n.conds {
			if cd.kind == rule.CondPattern && cd.subL != nil {
				return out
			}
		}
		for _, cd := range n.conds {
			if cd.kind != rule.CondRegex {
				continue
			}
			if set := regexLiterals(cd.re); set != nil {
				out = append(out, set)
			}
		}
		return out
	case rule.OpInside:
		return literalClauses(n.children[0])
	case rule.OpOr:
		// one clause: for each alternative its most selective string; an
		// alternative without literals removes the constraint.
		var clause []string
		seen := map[string]bool{}
		for _, ch := range n.children {
			cs := literalClauses(ch)
			if len(cs) == 0 {
				return nil
			}
			best := cs[0]
			for _, c := range cs[1:] {
				if score(c) > score(best) {
					best = c
				}
			}
			for _, s := range best {
				if !seen[s] {
					seen[s] = true
					clause = append(clause, s)
				}
			}
		}
		return [][]string{clause}
	}
	return nil
}

// score prefers clauses whose shortest string is longest.
func score(c []string) int {
	m := 1 << 30
	for _, s := range c {
		m = min(m, len(s))
	}
	return m / len(c)
}
