package taint

import (
	"github.com/vouchsec/vouch/sast/ast"
	"github.com/vouchsec/vouch/sast/lang"
)

// visitIf walks a conditional: a constant condition takes one branch only;
// otherwise both branches run from the same environment and are joined.
func (r *run) visitIf(n *ast.Node, sh lang.IfShape, depth int) value {
	var cond, cons *ast.Node
	var alts []*ast.Node
	for _, c := range n.Children {
		switch {
		case !c.Named:
		case c.Field == sh.Condition && cond == nil:
			cond = c
		case c.Field == sh.Consequence && cons == nil:
			cons = c
		case sh.Alternative != "" && c.Field == sh.Alternative:
			alts = append(alts, c)
		case cond == nil && !r.spec.Comment[c.Type]:
			r.visit(c, depth+1) // Go's `if x := f(); cond`
		}
	}
	cv := r.visitIsolated(cond, depth+1)
	return r.branch(cond, cv.c, cons, alts, sh, depth)
}

// branch runs cons when the condition cond (of constant value c) holds
// and the alternatives otherwise. Each side starts with the variables
// the condition validates on that side cleaned (guard.go).
func (r *run) branch(cond *ast.Node, c konst, cons *ast.Node, alts []*ast.Node, sh lang.IfShape, depth int) value {
	if r.dead {
		return value{}
	}
	truth, known := c.truth()
	if known && truth {
		return r.visit(cons, depth+1)
	}
	if known {
		return r.visitAlts(alts, sh, depth)
	}
	var onTrue, onFalse guards
	if len(r.env) > 0 {
		onTrue, onFalse = r.checked(cond, true, 0), r.checked(cond, false, 0)
	}
	r.prepareGuards(onTrue)
	r.prepareGuards(onFalse)
	pre := r.env.clone()
	r.applyGuards(onTrue)
	v1 := r.visit(cons, depth+1)
	envC, deadC := r.env, r.dead
	r.env, r.dead = pre, false
	r.applyGuards(onFalse)
	v2 := r.visitAlts(alts, sh, depth)
	envA, deadA := r.env, r.dead
	switch {
	case deadC && deadA:
		r.dead = true
	case deadC:
		r.env = envA
	case deadA:
		r.env, r.dead = envC, false
	default:
		r.env = joinEnv(envC, envA)
	}
	return joinValues(v1, v2)
}

// visitCondExpr walks a conditional expression without field names
// (Python `a if c else b`): the condition guards both arms.
func (r *run) visitCondExpr(n *ast.Node, depth int) value {
	var parts [3]*ast.Node
	k := 0
	for _, c := range n.Children {
		if !c.Named || r.spec.Comment[c.Type] {
			continue
		}
		if k == 3 {
			return r.visitSeq(n, depth)
		}
		parts[k] = c
		k++
	}
	if k != 3 {
		return r.visitSeq(n, depth)
	}
	cv := r.visitIsolated(parts[1], depth+1)
	return r.branch(parts[1], cv.c, parts[0], parts[2:], lang.IfShape{}, depth)
}

// visitAlts walks the else part of a conditional: Python's elif clauses
// are conditionals of their own whose else part is the rest of the list.
func (r *run) visitAlts(alts []*ast.Node, sh lang.IfShape, depth int) value {
	if len(alts) == 0 {
		return value{}
	}
	a := alts[0]
	if ash, ok := r.spec.If[a.Type]; ok && ash.Alternative == "" && ash.Condition != "" {
		if cond := a.ChildByField(ash.Condition); cond != nil {
			cv := r.visitIsolated(cond, depth+1)
			return r.branch(cond, cv.c, a.ChildByField(ash.Consequence), alts[1:], sh, depth+1)
		}
	}
	v := r.visit(a, depth+1)
	for _, b := range alts[1:] {
		v.t = join(v.t, r.visit(b, depth+1).t)
	}
	return v
}

// maxLoopPasses bounds the fixpoint iteration of a loop body; nested loops
// beyond the second level get one pass.
const maxLoopPasses = 3

// visitLoop runs a loop body until the environment stops changing (at
// most maxLoopPasses times); the body may also run zero times.
func (r *run) visitLoop(n *ast.Node, depth int) value {
	passes := maxLoopPasses
	if r.loopDepth >= 2 {
		passes = 1
	}
	r.loopDepth++
	defer func() { r.loopDepth-- }()
	cur := r.env
	outer := r.jumps
	defer func() { r.jumps = outer }()
	var acc taint
	for range passes {
		r.env, r.dead, r.jumps = cur.clone(), false, nil
		acc = join(acc, r.loopOnce(n, depth).t)
		next := cur
		if !r.dead {
			next = joinEnv(cur, r.env)
		}
		if r.jumps != nil { // break and continue: the loop's exit and head
			next = joinEnv(next, r.jumps)
		}
		r.dead = false
		same := sameEnv(next, cur)
		cur = next
		if same {
			break
		}
	}
	r.env = cur
	return value{t: acc}
}

// loopOnce walks one iteration: a for-each binds its targets first.
func (r *run) loopOnce(n *ast.Node, depth int) value {
	sh, ok := r.spec.Flow.ForEach[n.Type]
	if !ok {
		return r.visitSeq(n, depth)
	}
	r.forEach(n, sh, depth)
	var acc taint
	for _, c := range n.Children {
		if !c.Named || c.Field == sh.Left || c.Field == sh.Right || r.spec.Comment[c.Type] {
			continue
		}
		if r.dead {
			break
		}
		acc = join(acc, r.visit(c, depth+1).t)
	}
	return value{t: acc}
}

// forEach binds a for-each header's targets to its iterable's taint.
func (r *run) forEach(n *ast.Node, sh lang.PairShape, depth int) {
	var v value
	for _, c := range n.Children {
		if c.Field == sh.Right {
			v.t = join(v.t, r.visit(c, depth+1).t)
		}
	}
	for _, c := range n.Children {
		if c.Field == sh.Left {
			r.visitLvalue(c, depth+1)
			r.bindTarget(c, value{t: v.t}, depth)
		}
	}
}

// assign walks an assignment or declaration and binds its targets.
// Compound assignment (x += y) keeps the target's old taint.
func (r *run) assign(n *ast.Node, sh lang.PairShape, depth int) value {
	var lefts []*ast.Node
	var right *ast.Node
	for _, c := range n.Children {
		switch {
		case c.Field == sh.Left && c.Named:
			lefts = append(lefts, c)
		case c.Field == sh.Right && right == nil:
			right = c
		}
	}
	if right == nil {
		for _, l := range lefts {
			if r.spec.Identifier[l.Type] {
				r.env.set(r.tree.Text(l), value{}) // declaration without a value
			}
		}
		return value{}
	}
	op := r.assignOp(n, sh)
	targets := lefts
	if len(lefts) == 1 && r.isList(lefts[0]) {
		targets = lefts[0].NamedChildren()
	}
	var vals []value
	if items := right.NamedChildren(); r.isList(right) && len(items) == len(targets) && len(items) > 0 {
		for _, it := range items {
			vals = append(vals, r.visit(it, depth+1))
		}
	} else {
		whole := r.visit(right, depth+1)
		for range targets {
			vals = append(vals, whole)
		}
	}
	if r.flags != nil || len(targets) <= 2 {
		r.recordFlag(targets, right)
	}
	var out value
	for i, l := range targets {
		v := vals[i]
		if op != "" && op != "=" && op != ":=" {
			old := r.readLvalue(l, depth)
			c := konst{}
			if len(old.t) == 0 && len(v.t) == 0 {
				c = fold(op[:len(op)-1], old.c, v.c)
			}
			v = value{t: join(old.t, v.t), c: c}
		}
		r.visitLvalue(l, depth+1)
		r.bindTarget(l, v, depth)
		out.t = join(out.t, v.t)
		if i == 0 {
			out.c = v.c
		}
	}
	return out
}

// assignOp is the operator token of an assignment ("=", "+=", ":="), or
// "" for declarations that have none.
func (r *run) assignOp(n *ast.Node, sh lang.PairShape) string {
	if _, ok := r.spec.AugmentedAssignment[n.Type]; ok {
		for _, c := range n.Children {
			if !c.Named && c.Field != sh.Left && c.Field != sh.Right {
				if t := r.tree.Text(c); len(t) >= 2 && t[len(t)-1] == '=' {
					return t
				}
			}
		}
		return "+="
	}
	seenLeft := false
	for _, c := range n.Children {
		if c.Field == sh.Left {
			seenLeft = true
			continue
		}
		if c.Field == sh.Right {
			break
		}
		if seenLeft && !c.Named {
			t := r.tree.Text(c)
			if len(t) > 0 && t[len(t)-1] == '=' && t != "==" && t != "!=" && t != "<=" && t != ">=" {
				return t
			}
		}
	}
	return ""
}

// isList reports whether n is a tuple/list of targets or values
// (a, b = x, y; Go expression lists; destructuring patterns).
func (r *run) isList(n *ast.Node) bool { return r.spec.Flow.Tuple[n.Type] }
