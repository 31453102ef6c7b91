package lang

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vouchsec/vouch/sast/ast"
)

func TestUnparen(t *testing.T) {
	r := NewRegistry()
	cases := []struct{ lang, src, want string }{
		{"python", "(((a + b)))\n", "(binary_operator left:(identifier \"a\") right:(identifier \"b\"))"},
		{"javascript", "((f(x)));\n", "(call_expression function:(identifier \"f\") arguments:(arguments (identifier \"x\")))"},
		{"go", "package p\nvar v = (x)\n", "(identifier \"x\")"},
		{"python", "(a, b)\n", "(tuple (identifier \"a\") (identifier \"b\"))"},
		{"python", strings.Repeat("(", 5000) + "x" + strings.Repeat(")", 5000) + "\n", "(identifier \"x\")"},
	}
	for _, c := range cases {
		l := r.Lookup(c.lang)
		tr, err := l.Parse(context.Background(), []byte(c.src))
		if err != nil {
			t.Fatal(err)
		}
		var first *ast.Node // the outermost parenthesised expression or tuple
		ast.Walk(tr.Root, func(n *ast.Node) bool {
			if first == nil && (l.Spec.Paren[n.Type] || n.Type == "tuple") {
				first = n
			}
			return first == nil
		})
		if first == nil {
			t.Fatalf("%q: no parenthesised node", c.src)
		}
		if diff := cmp.Diff(c.want, ast.Sexp(tr, l.Spec.Unparen(first))); diff != "" {
			t.Errorf("%.40q (-want +got):\n%s", c.src, diff)
		}
	}
}
