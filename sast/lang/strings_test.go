package lang

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vouchsec/vouch/sast/ast"
)

type strResult struct {
	Value string
	OK    bool
}

// firstOfKinds returns the first node whose type is in kinds.
func firstOfKinds(root *ast.Node, kinds map[string]bool) *ast.Node {
	var got *ast.Node
	ast.Walk(root, func(n *ast.Node) bool {
		if got == nil && n.Named && kinds[n.Type] {
			got = n
		}
		return got == nil
	})
	return got
}

func TestStringValue(t *testing.T) {
	r := NewRegistry()
	for _, tc := range []struct {
		lang, src string
		want      strResult
	}{
		{"python", `x = "a\"b"`, strResult{`a"b`, true}},
		{"python", `x = 'single'`, strResult{"single", true}},
		{"python", `x = r'C:\dir\n'`, strResult{`C:\dir\n`, true}},
		{"python", `x = b"bytes"`, strResult{"bytes", true}},
		{"python", `x = Rb"raw"`, strResult{"raw", true}},
		{"python", "x = '''tri\nple'''", strResult{"tri\nple", true}},
		{"python", `x = f"no subst"`, strResult{"no subst", true}},
		{"python", `x = f"hi {name}"`, strResult{"", false}},
		{"python", `x = "a" 'b'`, strResult{"ab", true}},
		{"python", `x = ""`, strResult{"", true}},
		{"javascript", `x = 'it\'s'`, strResult{"it's", true}},
		{"javascript", `x = "dq"`, strResult{"dq", true}},
		{"javascript", "x = `tmpl`", strResult{"tmpl", true}},
		{"javascript", "x = `a${b}`", strResult{"", false}},
		{"typescript", `let x: string = "ts"`, strResult{"ts", true}},
		{"java", `class A { String s = "j\tv"; }`, strResult{"j\tv", true}},
		{"java", "class A { String s = \"\"\"\n    line1\n      line2\n    \"\"\"; }", strResult{"line1\n  line2\n", true}},
		{"go", `package p; var s = "g\n"`, strResult{"g\n", true}},
		{"go", "package p; var s = `raw\\n`", strResult{`raw\n`, true}},
	} {
		l := r.Lookup(tc.lang)
		tr, err := l.Parse(context.Background(), []byte(tc.src))
		if err != nil {
			t.Fatal(err)
		}
		n := firstOfKinds(tr.Root, l.Spec.String)
		if n == nil {
			t.Fatalf("%s %q: no string node", tc.lang, tc.src)
		}
		v, ok := l.StringValue(tr, n)
		if diff := cmp.Diff(tc.want, strResult{v, ok}); diff != "" {
			t.Errorf("%s %q (-want +got):\n%s", tc.lang, tc.src, diff)
		}
	}
	// Not a string, and pattern trees.
	py := r.Lookup("python")
	tr, _ := py.Parse(context.Background(), []byte("x = 1"))
	if _, ok := py.StringValue(tr, tr.Root); ok {
		t.Error("module reported as a string")
	}
	pt, err := py.ParsePattern(`open("...", $MODE)`)
	if err != nil {
		t.Fatal(err)
	}
	if v, ok := py.StringValue(pt, firstOfKinds(pt.Root, py.Spec.String)); !ok || v != "..." {
		t.Errorf(`pattern string = %q, %v; want "...", true`, v, ok)
	}
}
