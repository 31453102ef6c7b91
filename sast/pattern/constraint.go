package pattern

import "regexp"

// Constraint restricts the code a metavariable may be bound to: a solution
// in which Name is bound to code whose text Re does not match is not a
// match. sast/search derives constraints from metavariable-regex
// conditions, so that rejected solutions are never recorded (no binding
// maps are built for them) and do not count against the per-node
// solution bound.
type Constraint struct {
	Name string
	Re   *regexp.Regexp
}

// Where returns p restricted by the constraints on metavariables p binds
// (the others are dropped: p cannot check them). p itself is unchanged.
func (p *Pattern) Where(cs []Constraint) *Pattern {
	var keep []Constraint
	for _, c := range cs {
		if c.Re != nil && c.Name != "$_" && p.binds[c.Name] {
			keep = append(keep, c)
		}
	}
	if len(keep) == 0 {
		return p
	}
	q := *p
	q.cons = append(append([]Constraint(nil), p.cons...), keep...)
	return &q
}

// Constraints returns the constraints of p (shared: do not modify).
func (p *Pattern) Constraints() []Constraint { return p.cons }

// boundNames returns the metavariables p may bind.
func boundNames(p *pnode) map[string]bool {
	out := map[string]bool{}
	var walk func(p *pnode, depth int)
	walk = func(p *pnode, depth int) {
		if p == nil || depth > maxPatternDepth {
			return
		}
		switch p.kind {
		case pkMetavar, pkEllipsis, pkStrMeta:
			if p.text != "" {
				out[p.text] = true
			}
		}
		for _, pt := range p.parts {
			if pt.kind == ipMeta {
				out[pt.text] = true
			}
			walk(pt.p, depth+1)
		}
		for _, c := range p.children {
			walk(c, depth+1)
		}
		for _, c := range p.decos {
			walk(c, depth+1)
		}
		walk(p.pos, depth+1)
		walk(p.jsxName, depth+1)
	}
	walk(p, 0)
	return out
}

// admits reports whether the current solution satisfies the constraints:
// every constrained metavariable that is bound has accepted text.
func (m *matcher) admits(cs []Constraint) bool {
	for _, c := range cs {
		for i := range m.env {
			if m.env[i].name == c.Name {
				if !c.Re.MatchString(m.bindText(m.env[i])) {
					return false
				}
				break
			}
		}
	}
	return true
}

// bindText is the text of a binding, as Binding.Text reports it.
func (m *matcher) bindText(b bind) string {
	if !b.isRun {
		return m.text(b.node)
	}
	if len(b.run) == 0 {
		return ""
	}
	return m.ix.src[b.start:b.end]
}
