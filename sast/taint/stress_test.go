package taint

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestStress: shapes that could blow up a naive fixpoint (nested loops,
// long elif chains, nested ifs, many lambdas) stay fast.
func TestStress(t *testing.T) {
	nest := func(head string, n int, body string) string {
		var sb strings.Builder
		sb.WriteString("import os\ndef f():\n    x = input()\n")
		for i := range n {
			sb.WriteString(strings.Repeat(" ", 4*(i+1)) + head + "\n")
		}
		sb.WriteString(strings.Repeat(" ", 4*(n+1)) + body + "\n")
		return sb.String()
	}
	elifs := "import os\ndef f(c):\n    x = input()\n    if c == 0:\n        x = 1\n" +
		strings.Repeat("    elif c == 1:\n        y = x\n", 3000) + "    os.system(y)\n"
	cases := map[string]string{
		"nested loops":  nest("for a in x:", 60, "os.system(x)"),
		"nested whiles": nest("while x:", 60, "x = x + 'a'\n"+strings.Repeat(" ", 61*4)+"os.system(x)"),
		"nested ifs":    nest("if x:", 90, "os.system(x)"),
		"elif chain":    elifs,
		"lambdas":       "import os\nx = input()\n" + strings.Repeat("f = lambda: (os.system(x), ", 300) + "1" + strings.Repeat(")", 300) + "\n",
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			got := runRule(t, "python", flaskSpec(), src)
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %v", d)
			}
			if len(got) == 0 {
				t.Errorf("no finding")
			}
		})
	}
}

// TestStressSummaries: call graphs that could make summaries blow up
// (wide DAGs, recursion rings, deep call chains, nested calls) stay fast
// and deterministic.
func TestStressSummaries(t *testing.T) {
	const header = "import os\nfrom flask import request\n"
	var dag strings.Builder
	dag.WriteString(header)
	for i := range 2000 {
		fmt.Fprintf(&dag, "def f%d(a, b):\n    x = f%d(a, b) + f%d(b, a)\n    os.system(x)\n    return f%d(x, a)\n",
			i, (i+1)%2000, (i*7+3)%2000, (i*13+5)%2000)
	}
	dag.WriteString("def route():\n    f0(request.args['a'], 'x')\n")
	var ring strings.Builder
	ring.WriteString(header)
	for i := range 300 {
		fmt.Fprintf(&ring, "def g%d(a):\n    if a:\n        return g%d(a + '1')\n    os.system(a)\n    return a\n", i, (i+1)%300)
	}
	ring.WriteString("def route():\n    os.system(g0(request.args['a']))\n")
	var chain strings.Builder
	chain.WriteString(header)
	for i := range 500 {
		fmt.Fprintf(&chain, "def h%d(a):\n    return h%d(a)\n", i, i+1)
	}
	chain.WriteString("def h500(a):\n    os.system(a)\ndef route():\n    h0(request.args['a'])\n    os.system(" +
		strings.Repeat("h0(", 100) + "request.args['b']" + strings.Repeat(")", 100) + ")\n")
	cases := map[string]string{"wide DAG": dag.String(), "recursion ring": ring.String(), "deep chain": chain.String()}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			first := runRule(t, "python", flaskSpec(), src)
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("took %v", d)
			}
			if len(first) == 0 {
				t.Errorf("no finding")
			}
			if again := runRule(t, "python", flaskSpec(), src); !slices.Equal(first, again) {
				t.Errorf("results differ between runs:\n%v\n%v", first, again)
			}
		})
	}
}
