//go:build unix

package source

import (
	"context"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWalkSpecialFiles(t *testing.T) {
	root := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(root, "fifo"), 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	buildTree(t, root, []node{file("a.py", ""), link("fifo_link", "fifo")})
	got := walkAll(t, Options{Root: root})
	want := walkResult{Visited: lines("a.py python"), Skipped: lines("fifo special-file", "fifo_link special-file")}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
}

func TestLoadFIFO(t *testing.T) {
	root := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(root, "p.py"), 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	_, reason, err := Load(context.Background(), Options{Root: root}, File{Path: "p.py"})
	if err != nil || reason != ReasonSpecial {
		t.Fatalf("Load(fifo) = %q, %v; want %q", reason, err, ReasonSpecial)
	}
}
