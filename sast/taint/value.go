package taint

import (
	"maps"

	"github.com/vouchsec/vouch/sast/ast"
)

// maxTraceSteps bounds how many intermediate steps one trace records;
// further propagation keeps the taint but adds no step.
const maxTraceSteps = 32

// trace is an immutable list of the places taint went through, newest
// first. The oldest element is the source.
type trace struct {
	prev  *trace
	src   int    // index of the source span in run.sources
	label string // the source's taint label ("" when unlabelled)
	start uint32 // byte range of the step
	end   uint32
	sp    ast.Point
	ep    ast.Point
	msg   string
	n     int // number of steps, this one included
}

// extend returns a trace with one more step at node n, or t itself when
// the trace is already at its bound.
func (t *trace) extend(n *ast.Node, msg string) *trace {
	if t.n >= maxTraceSteps {
		return t
	}
	return &trace{prev: t, src: t.src, label: t.label, start: n.StartByte, end: n.EndByte,
		sp: n.Start, ep: n.End, msg: msg, n: t.n + 1}
}

// taint is the set of traces reaching a value, at most one per label; nil
// means clean.
type taint []*trace

// join merges two taints, keeping the shorter trace for each label.
func join(a, b taint) taint {
	if len(a) == 0 {
		return b
	}
	if len(b) == 0 {
		return a
	}
	if len(a) == 1 && len(b) == 1 && a[0].label == b[0].label {
		if b[0].n < a[0].n {
			return b
		}
		return a
	}
	out := append(taint(nil), a...)
	for _, tb := range b {
		found := false
		for i, ta := range out {
			if ta.label == tb.label {
				found = true
				if tb.n < ta.n {
					out[i] = tb
				}
			}
		}
		if !found {
			out = append(out, tb)
		}
	}
	return out
}

// extend adds a step at n to every trace.
func (t taint) extend(n *ast.Node, msg string) taint {
	if len(t) == 0 {
		return nil
	}
	out := make(taint, len(t))
	for i, tr := range t {
		out[i] = tr.extend(n, msg)
	}
	return out
}

// sameLabels reports whether a and b carry the same labels.
func sameLabels(a, b taint) bool {
	if len(a) != len(b) {
		return false
	}
	for _, ta := range a {
		found := false
		for _, tb := range b {
			if ta.label == tb.label {
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

// value is what the analysis knows about an expression or variable: its
// taint, or that it is a constant.
type value struct {
	t taint
	c konst
}

// joinValues is the value on either of two paths.
func joinValues(a, b value) value {
	v := value{t: join(a.t, b.t)}
	switch {
	case len(v.t) > 0:
	case a.c.equal(b.c):
		v.c = a.c
	case a.c.kind != kNone && b.c.kind != kNone:
		v.c = konst{kind: kOpaque} // a constant on either path
	}
	return v
}

// maxEnv caps the number of variables tracked per function.
const maxEnv = 4096

// env maps variable names (and member paths such as "self.x") to what is
// known about them at one program point. An absent name is unknown: clean
// and not constant.
type env map[string]value

func (e env) clone() env { return maps.Clone(e) }

// set records v for name, respecting the size bound.
func (e env) set(name string, v value) {
	if _, ok := e[name]; !ok && len(e) >= maxEnv {
		return
	}
	if len(v.t) == 0 && v.c.kind == kNone {
		if _, ok := e[name]; ok {
			e[name] = value{}
		}
		return
	}
	e[name] = v
}

// joinEnv is the environment on either of two paths.
func joinEnv(a, b env) env {
	out := make(env, max(len(a), len(b)))
	for k, va := range a {
		vb, ok := b[k]
		if !ok {
			out[k] = value{t: va.t}
			continue
		}
		out[k] = joinValues(va, vb)
	}
	for k, vb := range b {
		if _, ok := a[k]; !ok {
			out[k] = value{t: vb.t}
		}
	}
	return out
}

// sameEnv reports whether two environments agree on taint labels and
// constants (traces may differ), the loop fixpoint test.
func sameEnv(a, b env) bool {
	if len(a) != len(b) {
		return false
	}
	for k, va := range a {
		vb, ok := b[k]
		if !ok || !sameLabels(va.t, vb.t) || !va.c.same(vb.c) {
			return false
		}
	}
	return true
}

// tainted reports whether any variable is tainted.
func (e env) tainted() bool {
	for _, v := range e {
		if len(v.t) > 0 {
			return true
		}
	}
	return false
}
