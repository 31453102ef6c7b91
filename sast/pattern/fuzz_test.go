package pattern

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// FuzzMatch checks that compiling any pattern and matching it against any
// source never panics and terminates quickly.
func FuzzMatch(f *testing.F) {
	seeds := []struct{ lang, src, pat string }{
		{"python", "import subprocess as sp\nsp.call(x, shell=True)\n", "subprocess.call(..., shell=True, ...)"},
		{"python", "x = source()\nif c:\n    sink(x)\n", "$X = source()\n...\nsink($X)"},
		{"python", "def f(a):\n    eval(a)\n", "def $F($P):\n    ...\n    eval(<... $P ...>)"},
		{"javascript", "const cp = require('child_process'); cp.exec(a + b);", "child_process.exec($...A)"},
		{"javascript", "let x = y; f({a: 1});", "f({..., a: $V, ...})"},
		{"go", "package p\nimport ex \"os/exec\"\nfunc f() { x := ex.Command(a) }", "$X := exec.Command(...)"},
		{"java", "import java.util.*;\nclass A { void f() { new Random().nextInt(); } }", "java.util.Random"},
		{"typescript", "function f(x: string) { return x; }", "function $F(...) {...}"},
	}
	langs := []string{"python", "javascript", "typescript", "tsx", "java", "go"}
	for i, s := range seeds {
		li := 0
		for j, l := range langs {
			if l == s.lang {
				li = j
			}
		}
		f.Add(uint8(li+i*0), s.src, s.pat)
	}
	f.Fuzz(func(t *testing.T, li uint8, src, pat string) {
		l := registry.Lookup(langs[int(li)%len(langs)])
		p, err := Compile(l, pat)
		if err != nil {
			return
		}
		tr, err := l.Parse(context.Background(), []byte(src))
		if err != nil {
			return
		}
		start := time.Now()
		if _, err := p.Match(context.Background(), tr); err != nil {
			t.Fatalf("Match: %v", err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Fatalf("match took %v", d)
		}
		_ = p.Literals()
	})
}

// TestDeepNesting: 100k nested brackets must neither crash nor run
// unbounded: every pattern either finishes or stops with ErrBudget, and
// the work counted by the matcher stays within the budget plus one
// candidate's share. (Speed is measured by the benchmarks, not here.)
func TestDeepNesting(t *testing.T) {
	l := registry.Lookup("python")
	src := "x = [" + strings.Repeat("f(", 100000) + "1" + strings.Repeat(")", 100000) + "]\n"
	tr, err := l.Parse(context.Background(), []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	const budget = 2000000
	type result struct {
		Matches   int
		ErrBudget bool
	}
	cases := []struct {
		pat  string
		want result
	}{
		// a deep metavariable over 100k nested calls has ~n^2/2 matches:
		// the budget stops it
		{"f(<... $X ...>)", result{ErrBudget: true}},
		{"f(...)", result{Matches: 100000}},
		{"f(f(f(1)))", result{Matches: 1}},
		{"[..., $X]", result{Matches: 1}},
		// every named node: 100k calls, argument lists and the rest
		{"$X", result{ErrBudget: true}},
	}
	for _, c := range cases {
		p, err := Compile(l, c.pat)
		if err != nil {
			t.Fatal(err)
		}
		ix := NewIndex(l, tr)
		ix.maxWork = budget
		ms, err := p.MatchIndex(context.Background(), ix)
		if err != nil && !errors.Is(err, ErrBudget) {
			t.Fatalf("%q: %v", c.pat, err)
		}
		got := result{Matches: len(ms), ErrBudget: errors.Is(err, ErrBudget)}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.pat, diff)
		}
		if spent := ix.spent.Load(); spent > budget+maxSteps+recordCost*maxSolutions {
			t.Errorf("%q: %d steps spent, budget %d", c.pat, spent, budget)
		}
	}
}
