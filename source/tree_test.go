package source

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// node is one entry of a test tree: a file with content, a symlink (link
// set) or an empty directory (dir set).
type node struct {
	path    string
	content string
	link    string
	dir     bool
}

func file(p, content string) node { return node{path: p, content: content} }
func link(p, target string) node  { return node{path: p, link: target} }
func dir(p string) node           { return node{path: p, dir: true} }

func buildTree(t testing.TB, root string, nodes []node) {
	t.Helper()
	for _, n := range nodes {
		p := filepath.Join(root, filepath.FromSlash(n.path))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		var err error
		switch {
		case n.dir:
			err = os.MkdirAll(p, 0o755)
		case n.link != "":
			err = os.Symlink(filepath.FromSlash(n.link), p)
		default:
			err = os.WriteFile(p, []byte(n.content), 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
}

// walkResult is what a walk produced, in order.
type walkResult struct {
	Visited []string // "path" or "path lang"
	Skipped []string // "path reason"
}

func walkAll(t testing.TB, opts Options) walkResult {
	t.Helper()
	var r walkResult
	err := Walk(context.Background(), opts, func(f File) error {
		s := f.Path
		if f.Language != "" {
			s += " " + f.Language
		}
		if f.Abs == "" || !filepath.IsAbs(f.Abs) {
			t.Errorf("%s: Abs %q is not absolute", f.Path, f.Abs)
		}
		r.Visited = append(r.Visited, s)
		return nil
	}, func(s Skipped) {
		r.Skipped = append(r.Skipped, s.Path+" "+s.Reason)
	})
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	return r
}

func lines(s ...string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}

// repeat returns n bytes of s repeated.
func repeat(s string, n int) string {
	return strings.Repeat(s, n/len(s)+1)[:n]
}
