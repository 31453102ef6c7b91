package source

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWalk(t *testing.T) {
	cases := []struct {
		name  string
		nodes []node
		opts  Options
		want  walkResult
	}{{
		name:  "lexical order across directories",
		nodes: []node{file("a0", ""), file("a/b.py", ""), file("a.txt", ""), file("b/c/d.go", ""), file("B.java", ""), dir("empty")},
		want:  walkResult{Visited: lines("B.java java", "a.txt", "a/b.py python", "a0", "b/c/d.go go")},
	}, {
		name: "nested gitignore, negation, anchoring, dir-only",
		nodes: []node{
			file(".gitignore", "*.log\n!keep.log\nbuild/\n# comment\n\\#hash\n"),
			file("a.log", ""), file("keep.log", ""), file("#hash", ""),
			file("build/x.py", ""), file("src/build", "a file named build"),
			file("sub/.gitignore", "!debug.log\n/local.txt\n"),
			file("sub/debug.log", ""), file("sub/other.log", ""), file("sub/local.txt", ""),
			file("sub/deeper/local.txt", ""), file("local.txt", ""),
		},
		want: walkResult{
			Visited: lines(".gitignore", "keep.log", "local.txt", "src/build", "sub/.gitignore", "sub/debug.log", "sub/deeper/local.txt"),
			Skipped: lines("#hash ignored", "a.log ignored", "build ignored", "sub/local.txt ignored", "sub/other.log ignored"),
		},
	}, {
		name: "a file cannot be re-included when its directory is excluded",
		nodes: []node{
			file(".gitignore", "logs/\n!logs/important.log\n"),
			file("logs/important.log", ""), file("logs/x.log", ""),
		},
		want: walkResult{Visited: lines(".gitignore"), Skipped: lines("logs ignored")},
	}, {
		name: "dir/** with a negation re-includes",
		nodes: []node{
			file(".gitignore", "data/**\n!data/keep.txt\n"),
			file("data/keep.txt", ""), file("data/drop.txt", ""), file("data/sub/x.txt", ""),
		},
		want: walkResult{
			Visited: lines(".gitignore", "data/keep.txt"),
			Skipped: lines("data/drop.txt ignored", "data/sub ignored"),
		},
	}, {
		name: "double star in the middle and at the start",
		nodes: []node{
			file(".gitignore", "a/**/gen.go\n**/tmp/*.py\n"),
			file("a/gen.go", ""), file("a/x/y/gen.go", ""), file("b/gen.go", ""),
			file("tmp/t.py", ""), file("q/tmp/t.py", ""), file("q/tmp/t.go", ""),
		},
		want: walkResult{
			Visited: lines(".gitignore", "b/gen.go go", "q/tmp/t.go go"),
			Skipped: lines("a/gen.go ignored", "a/x/y/gen.go ignored", "q/tmp/t.py ignored", "tmp/t.py ignored"),
		},
	}, {
		name: "vouchignore at any level wins over gitignore of the same directory",
		nodes: []node{
			file(".gitignore", "*.gen.go\n"),
			file(".vouchignore", "!keep.gen.go\nfixtures/\n"),
			file("x.gen.go", ""), file("keep.gen.go", ""), file("fixtures/a.py", ""),
			file("pkg/.vouchignore", "secret.py\n"), file("pkg/secret.py", ""), file("pkg/ok.py", ""),
		},
		want: walkResult{
			Visited: lines(".gitignore", ".vouchignore", "keep.gen.go go", "pkg/.vouchignore", "pkg/ok.py python"),
			Skipped: lines("fixtures ignored", "pkg/secret.py ignored", "x.gen.go ignored"),
		},
	}, {
		name:  "NoIgnoreFiles reads no ignore file",
		nodes: []node{file(".gitignore", "*.py\n"), file("a.py", "")},
		opts:  Options{NoIgnoreFiles: true},
		want:  walkResult{Visited: lines(".gitignore", "a.py python")},
	}, {
		name: "exclude and include",
		nodes: []node{
			file("a.go", ""), file("a_test.go", ""), file("docs/x.go", ""), file("cmd/main.go", ""),
			file("cmd/README.md", ""), file("web/app.js", ""), file("web/app.py", ""),
		},
		opts: Options{Exclude: []string{"*_test.go", "docs/"}, Include: []string{"*.go", "web/"}},
		want: walkResult{
			Visited: lines("a.go go", "cmd/main.go go", "web/app.js javascript", "web/app.py python"),
			Skipped: lines("a_test.go excluded", "cmd/README.md excluded", "docs excluded"),
		},
	}, {
		name: "vendored directories are reported once",
		nodes: []node{
			file("node_modules/x/index.js", ""), file("vendor/a.go", ""), file(".git/config", ""),
			file("env/pyvenv.cfg", ""), file("env/lib/site.py", ""), file("__pycache__/x.pyc", ""),
			file(".venv/lib/x.py", ""), file(".tox/x", ""), file("app/.mypy_cache/x", ""),
			file("app/main.py", ""), file("sub/.git", "gitdir: ../.git/modules/sub"),
			file(".gitignore", "!node_modules\n"),
		},
		want: walkResult{
			Visited: lines(".gitignore", "app/main.py python"),
			Skipped: lines(".git vendored", ".tox vendored", ".venv vendored", "__pycache__ vendored",
				"app/.mypy_cache vendored", "env vendored", "node_modules vendored", "sub/.git vendored", "vendor vendored"),
		},
	}, {
		name:  "too large from the directory entry size",
		nodes: []node{file("big.py", repeat("x", 101)), file("small.py", repeat("x", 100))},
		opts:  Options{MaxFileSize: 100},
		want:  walkResult{Visited: lines("small.py python"), Skipped: lines("big.py too-large")},
	}, {
		name: "symlinks",
		nodes: []node{
			file(".gitignore", "hidden/\n"),
			file("real.py", ""), link("dup.py", "real.py"), // dropped: real.py is visited
			file("hidden/h.py", ""), link("h_link.py", "hidden/h.py"), // visited under the link
			link("out.py", "../outside.py"), link("abs_out", "/etc/passwd"),
			link("dangling.py", "nope.py"), link("loop1", "loop2"), link("loop2", "loop1"),
			link("sub/up", ".."), link("sub/self", "."), link("sub/sib", "../pkg"), file("pkg/p.go", ""),
			link("ignored_link.py", "real.py"), file(".vouchignore", "ignored_link.py\n"),
		},
		want: walkResult{
			Visited: lines(".gitignore", ".vouchignore", "h_link.py python", "pkg/p.go go", "real.py python"),
			Skipped: lines("abs_out symlink-outside-target", "dangling.py unreadable", "hidden ignored",
				"ignored_link.py ignored", "loop1 symlink-loop", "loop2 symlink-loop", "out.py symlink-outside-target",
				"sub/self symlink-loop", "sub/up symlink-loop"),
		},
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			root := filepath.Join(t.TempDir(), "root")
			if err := os.Mkdir(root, 0o755); err != nil {
				t.Fatal(err)
			}
			buildTree(t, filepath.Dir(root), []node{file("outside.py", "")})
			buildTree(t, root, c.nodes)
			opts := c.opts
			opts.Root = root
			got := walkAll(t, opts)
			sort.Strings(got.Skipped) // skips interleave with visits; only their set matters here
			if d := cmp.Diff(c.want, got); d != "" {
				t.Errorf("walk (-want +got):\n%s", d)
			}
			if !sort.StringsAreSorted(got.Visited) {
				t.Errorf("visits not in lexical order: %v", got.Visited)
			}
		})
	}
}

// TestWalkOrder checks that visits and skips come in one lexical order.
func TestWalkOrder(t *testing.T) {
	root := t.TempDir()
	buildTree(t, root, []node{file("a.py", ""), file("b/x.py", ""), file("b.py", ""), file("node_modules/y.js", ""), file("z.py", "")})
	var got []string
	err := Walk(context.Background(), Options{Root: root}, func(f File) error {
		got = append(got, f.Path)
		return nil
	}, func(s Skipped) { got = append(got, s.Path) })
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]string{"a.py", "b.py", "b/x.py", "node_modules", "z.py"}, got); d != "" {
		t.Error(d)
	}
}

func TestWalkRootForms(t *testing.T) {
	tmp := t.TempDir()
	buildTree(t, tmp, []node{
		file("proj/main.py", ""), file("proj/.gitignore", "main.py\n"), link("projlink", "proj"),
		file("proj/tool", "#!/bin/sh\n"), link("script", "proj/main.py"),
	})
	cases := []struct {
		name string
		opts Options
		want walkResult
	}{
		{"symlinked root directory", Options{Root: filepath.Join(tmp, "projlink")},
			walkResult{Visited: lines(".gitignore", "tool"), Skipped: lines("main.py ignored")}},
		{"single file root ignores ignore files", Options{Root: filepath.Join(tmp, "proj", "main.py")},
			walkResult{Visited: lines("main.py python")}},
		{"single file through a symlink keeps the given name", Options{Root: filepath.Join(tmp, "script")},
			walkResult{Visited: lines("script python")}},
		{"single file excluded", Options{Root: filepath.Join(tmp, "proj", "main.py"), Exclude: []string{"*.py"}},
			walkResult{Skipped: lines("main.py excluded")}},
		{"single file too large", Options{Root: filepath.Join(tmp, "proj", "tool"), MaxFileSize: 2},
			walkResult{Skipped: lines("tool too-large")}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if d := cmp.Diff(c.want, walkAll(t, c.opts)); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
	if err := Walk(context.Background(), Options{Root: filepath.Join(tmp, "missing")}, func(File) error { return nil }, nil); err == nil {
		t.Error("Walk of a missing root: no error")
	}
}

// TestWalkInsideRepository: scanning a subdirectory of a work tree honours
// the .gitignore files above it and .git/info/exclude.
func TestWalkInsideRepository(t *testing.T) {
	repo := t.TempDir()
	buildTree(t, repo, []node{
		file(".git/info/exclude", "*.local\n"),
		file(".gitignore", "*.secret\n/app/skipme.py\n/skipme.py\n"),
		file("app/.gitignore", "!keep.secret\n"),
		file("app/src/a.secret", ""), file("app/src/keep.secret", ""), file("app/src/x.local", ""),
		file("app/src/skipme.py", ""), file("app/src/main.py", ""),
	})
	got := walkAll(t, Options{Root: filepath.Join(repo, "app", "src")})
	want := walkResult{
		Visited: lines("keep.secret", "main.py python", "skipme.py python"),
		Skipped: lines("a.secret ignored", "x.local ignored"),
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
	got = walkAll(t, Options{Root: filepath.Join(repo, "app")})
	want = walkResult{
		Visited: lines(".gitignore", "src/keep.secret", "src/main.py python", "src/skipme.py python"),
		Skipped: lines("src/a.secret ignored", "src/x.local ignored"),
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
}

func TestWalkUnreadableDir(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads everything")
	}
	root := t.TempDir()
	buildTree(t, root, []node{file("locked/a.py", ""), file("b.py", "")})
	if err := os.Chmod(filepath.Join(root, "locked"), 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(filepath.Join(root, "locked"), 0o755) })
	want := walkResult{Visited: lines("b.py python"), Skipped: lines("locked unreadable")}
	if d := cmp.Diff(want, walkAll(t, Options{Root: root})); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
}

func TestWalkCancel(t *testing.T) {
	root := t.TempDir()
	var nodes []node
	for i := range 50 {
		nodes = append(nodes, file(filepath.Join("d", string(rune('a'+i%26))+string(rune('a'+i/26))+".py"), ""))
	}
	buildTree(t, root, nodes)

	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err := Walk(ctx, Options{Root: root}, func(File) error {
		n++
		if n == 3 {
			cancel()
		}
		return nil
	}, nil)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Walk after cancel = %v, want context.Canceled", err)
	}
	if n != 3 {
		t.Errorf("visited %d files after cancel at 3", n)
	}

	err = Walk(ctx, Options{Root: root}, func(File) error { t.Error("visit after cancel"); return nil }, nil)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Walk with canceled ctx = %v", err)
	}
	if _, _, err := Load(ctx, Options{Root: root}, File{Path: "d/aa.py"}); !errors.Is(err, context.Canceled) {
		t.Fatalf("Load with canceled ctx = %v", err)
	}
}

func TestWalkVisitError(t *testing.T) {
	root := t.TempDir()
	buildTree(t, root, []node{file("a.py", ""), file("b.py", "")})
	stop := errors.New("stop")
	n := 0
	err := Walk(context.Background(), Options{Root: root}, func(File) error { n++; return stop }, nil)
	if !errors.Is(err, stop) || n != 1 {
		t.Fatalf("Walk = %v after %d visits, want stop after 1", err, n)
	}
}
