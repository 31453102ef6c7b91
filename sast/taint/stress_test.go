package taint

import (
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
