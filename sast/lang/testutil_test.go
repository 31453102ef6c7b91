package lang

import (
	"testing"

	"github.com/vouchsec/vouch/sast/ast"
)

// checkInvariants verifies the structural invariants of a tree: children
// lie within their parent, are sorted, and point back to it.
func checkInvariants(t testing.TB, tr *ast.Tree) {
	t.Helper()
	if tr.Root == nil {
		t.Fatal("nil root")
	}
	if tr.Root.Parent != nil {
		t.Fatal("root has a parent")
	}
	ast.Walk(tr.Root, func(n *ast.Node) bool {
		if n.StartByte > n.EndByte || int(n.EndByte) > len(tr.Source) {
			t.Fatalf("%s: bad range %d-%d (source %d)", n.Type, n.StartByte, n.EndByte, len(tr.Source))
		}
		prev := n.StartByte
		for _, c := range n.Children {
			if c.Parent != n {
				t.Fatalf("%s child %s: wrong parent", n.Type, c.Type)
			}
			if c.StartByte < n.StartByte || c.EndByte > n.EndByte {
				t.Fatalf("%s [%d,%d) child %s [%d,%d) outside parent", n.Type, n.StartByte, n.EndByte, c.Type, c.StartByte, c.EndByte)
			}
			if c.StartByte < prev {
				t.Fatalf("%s: children not sorted at %s", n.Type, c.Type)
			}
			prev = c.EndByte
		}
		return true
	})
}
