package pattern

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
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

// TestDeepNesting: 100k nested brackets must neither crash nor hang.
func TestDeepNesting(t *testing.T) {
	for _, c := range []struct{ lang, open, close, pat string }{
		{"python", "f(", ")", "f(<... $X ...>)"},
		{"python", "[", "]", "[..., $X]"},
		{"javascript", "(", ")", "$X"},
		{"go", "package p\nvar x = ", "", "f(...)"},
	} {
		l := registry.Lookup(c.lang)
		src := c.open + strings.Repeat("f(", 100000) + "1" + strings.Repeat(")", 100000) + c.close
		tr, err := l.Parse(context.Background(), []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		p, err := Compile(l, c.pat)
		if err != nil {
			t.Fatal(err)
		}
		st := time.Now()
		_, err = p.Match(context.Background(), tr)
		if err != nil && !errors.Is(err, ErrBudget) {
			t.Errorf("%s %q: %v", c.lang, c.pat, err)
		}
		if d := time.Since(st); d > 10*time.Second {
			t.Errorf("%s %q took %v", c.lang, c.pat, d)
		}
	}
}
