package taint

import "github.com/vouchsec/vouch/sast/ast"

// The variables a guard cleans: what a checked expression constrains
// (targets), the variables a checked value was derived from (origins),
// and boolean variables holding a check (flags).

// maxTaintWalk bounds exprTainted's walk; a larger expression counts as
// tainted.
const maxTaintWalk = 256

// exprTainted reports, without walking it for sinks, whether an
// expression may carry taint: a source inside it or a tainted variable.
func (r *run) exprTainted(n *ast.Node) bool {
	if n == nil {
		return false
	}
	if r.sourceWithin(n) || r.sourceAt(n) != nil {
		return true
	}
	seen, tainted := 0, false
	ast.Walk(n, func(m *ast.Node) bool {
		seen++
		if tainted || seen > maxTaintWalk {
			tainted = true
			return false
		}
		if r.spec.Identifier[m.Type] && !nonVarFields[m.Field] {
			if len(r.env[r.ix.Text(m)].t) > 0 {
				tainted = true
			}
			return false
		}
		if _, ok := r.spec.Member[m.Type]; ok {
			if p, ok := r.path(m); ok {
				if v, ok := r.env[string(p)]; ok {
					tainted = len(v.t) > 0
					return false
				}
			}
		}
		return true
	})
	return tainted
}

// targets returns the variables a validation of the expression n
// constrains: a variable or member path; the receiver of a method call
// without arguments (x.lower(), u.Hostname()); the object of a member
// access when it is a call (urlparse(x).netloc) or a variable derived
// from a call (u.Host where u = url.Parse(x)). With calls, the
// arguments of a call (os.path.realpath(x).startswith(base)).
func (r *run) targets(n *ast.Node, calls bool, depth int) guards {
	n = r.unparen(n)
	if n == nil || depth > maxGuardDepth {
		return nil
	}
	sp := r.spec
	if sp.Identifier[n.Type] {
		if nonVarFields[n.Field] {
			return nil
		}
		return guards{r.ix.Text(n)}
	}
	if sh, ok := sp.Member[n.Type]; ok {
		if p, ok := r.path(n); ok {
			if _, ok := r.env[string(p)]; ok {
				return guards{string(p)}
			}
		}
		obj := r.unparen(n.ChildByField(sh.Object))
		if obj == nil {
			return nil
		}
		if _, ok := sp.Call[obj.Type]; ok {
			return r.targets(obj, true, depth+1)
		}
		if sp.Identifier[obj.Type] && r.derivedByCall(r.ix.Text(obj)) {
			return guards{r.ix.Text(obj)}
		}
		return r.pathTarget(n, depth)
	}
	if _, ok := sp.Call[n.Type]; ok {
		_, recv, _, args := r.callParts(n)
		if r.argAt(args, 0) == nil {
			if recv != nil {
				return r.targets(recv, true, depth+1)
			}
			return nil
		}
		if !calls {
			return nil
		}
		var out guards
		for i := 0; i < 8; i++ {
			a := r.argAt(args, i)
			if a == nil {
				break
			}
			out = append(out, r.targets(a, true, depth+1)...)
		}
		return out
	}
	return nil
}

// assignedFrom returns the value expression of the assignment that last
// gave name its taint (the newest step of one of its traces), or nil.
func (r *run) assignedFrom(name string) (*ast.Node, *trace) {
	v := r.env[name]
	msg := "flows into " + short(name)
	for _, tr := range v.t {
		if tr.msg != msg {
			continue
		}
		at := nodeAt(r.tree.Root, tr.start, tr.end)
		for p, k := at, 0; p != nil && k < 4; p, k = p.Parent, k+1 {
			if sh, ok := r.spec.Assignment[p.Type]; ok {
				if right := p.ChildByField(sh.Right); right != nil && !right.Contains(at) {
					return right, tr
				}
				break
			}
		}
	}
	return nil, nil
}

// derivedByCall reports whether the variable's taint came from a call
// with a tainted argument (u = urlparse(x); u, err := url.Parse(x)): a
// parsed view of another value, whose fields are checked.
func (r *run) derivedByCall(name string) bool {
	right, _ := r.assignedFrom(name)
	right = r.unparen(right)
	if right == nil {
		return false
	}
	_, ok := r.spec.Call[right.Type]
	return ok && r.exprTainted(right)
}

// applyGuards cleans the validated variables and, through assignments,
// the variables they were derived from.
func (r *run) applyGuards(g guards) {
	for _, name := range g {
		r.cleanGuarded(name, 0, false)
	}
}

// prepareGuards walks the origins of the validated variables without
// cleaning them, so that the access paths among them get entries of
// their own (pathTarget) before the environment is split into branches.
func (r *run) prepareGuards(g guards) {
	for _, name := range g {
		r.cleanGuarded(name, 0, true)
	}
}

// maxOriginDepth bounds how far cleaning follows origins (y = f(x)).
const maxOriginDepth = 3

func (r *run) cleanGuarded(name string, depth int, dry bool) {
	v, ok := r.env[name]
	if !ok || len(v.t) == 0 {
		return
	}
	if depth < maxOriginDepth {
		if right, tr := r.assignedFrom(name); right != nil {
			for _, o := range r.targets(right, true, 0) {
				if o != name && r.isOrigin(o, tr) {
					r.cleanGuarded(o, depth+1, dry)
				}
			}
		}
	}
	if !dry {
		r.env[name] = value{}
	}
}

// isOrigin reports whether every trace of variable o is an earlier step
// of tr: tr's value was computed from o's current value.
func (r *run) isOrigin(o string, tr *trace) bool {
	ts := r.env[o].t
	if len(ts) == 0 {
		return false
	}
	for _, ot := range ts {
		found := false
		for p := tr.prev; p != nil; p = p.prev {
			if p == ot {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// recordFlag remembers, for a boolean variable assigned a check
// (ok := x in ALLOWED; _, ok := allowed[x]), the check it holds, so that
// a later `if !ok` is that check. Reassignment forgets it.
func (r *run) recordFlag(targets []*ast.Node, right *ast.Node) {
	if r.flags != nil {
		for _, l := range targets {
			if r.spec.Identifier[l.Type] {
				delete(r.flags, r.ix.Text(l))
			}
		}
	}
	right = r.unparen(right)
	if right == nil || len(targets) == 0 || len(targets) > 2 {
		return
	}
	last := r.unparen(targets[len(targets)-1])
	if last == nil || !r.spec.Identifier[last.Type] {
		return
	}
	_, sub := r.spec.Subscript[right.Type]
	switch {
	case len(targets) == 2 && sub: // v, ok := m[k]
	case len(targets) == 1 && (r.spec.Binary[right.Type] || r.isCheckCall(right)):
	default:
		return
	}
	if r.flags == nil {
		r.flags = map[string]*ast.Node{}
	}
	r.flags[r.ix.Text(last)] = right
}

// isCheckCall reports whether a call is one of the language's checks.
func (r *run) isCheckCall(n *ast.Node) bool {
	if _, ok := r.spec.Call[n.Type]; !ok {
		return false
	}
	g := &r.spec.Flow.Guard
	callee, _, method, _ := r.callParts(n)
	_, f := g.Funcs[callee]
	return f || g.ArgMethods[method] || g.RecvMethods[method] || g.Equals[method]
}

// peekTaint is the taint of a variable or access path, read without
// walking it for sinks: the path's own entry, else its object's taint.
func (r *run) peekTaint(n *ast.Node, depth int) taint {
	for i := depth; n != nil && i <= maxGuardDepth; i++ {
		n = r.unparen(n)
		if n == nil || r.sanitized(n) {
			return nil
		}
		if tr := r.sourceAt(n); tr != nil {
			return taint{tr}
		}
		if r.spec.Identifier[n.Type] {
			if nonVarFields[n.Field] {
				return nil
			}
			return r.env[r.ix.Text(n)].t
		}
		sh, ok := r.spec.Member[n.Type]
		if !ok {
			return nil
		}
		if p, ok := r.path(n); ok {
			if v, ok := r.env[string(p)]; ok {
				return v.t
			}
		}
		n = n.ChildByField(sh.Object)
	}
	return nil
}

// pathTarget is the access path n (req.query.sort, invoice.callback_url)
// when it is tainted through its object: it gets an entry of its own,
// which a guard can clean on one side of a branch while the other side
// keeps it tainted.
func (r *run) pathTarget(n *ast.Node, depth int) guards {
	p, ok := r.path(n)
	if !ok {
		return nil
	}
	name := string(p)
	t := r.peekTaint(n, depth)
	if len(t) == 0 {
		return nil
	}
	r.env.set(name, value{t: t})
	return guards{name}
}
