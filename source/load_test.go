package source

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// minifiedJS is a realistic bundle line: statements packed with ; { } ,.
func minifiedJS(n int) string {
	return repeat(`!function(e,t){"use strict";var n=e.document;function r(e){return e&&e.nodeType}for(var i=0;i<t.length;i++){n[i]=r(t[i])}}(window,[]);`, n)
}

func TestLoad(t *testing.T) {
	longData := `const logo = "data:image/png;base64,` + repeat("iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB", 20000) + "\";\n"
	code := repeat("function f(a) {\n  return a + 1;\n}\n", 4000)
	cases := []struct {
		name       string
		path       string
		content    string
		max        int64
		wantReason string
		wantNil    bool // content nil
	}{
		{name: "plain python", path: "a.py", content: "import os\nprint(os.getcwd())\n"},
		{name: "empty", path: "empty.py", content: ""},
		{name: "invalid utf-8 is still text", path: "bad.py", content: "x = '\xff\xfe\xfd'\n"},
		{name: "NUL byte", path: "a.py", content: "abc\x00def", wantReason: ReasonBinary, wantNil: true},
		{name: "NUL after 8 KiB is text", path: "a.txt", content: repeat("a", 9000) + "\x00"},
		{name: "PNG magic", path: "logo.js", content: "\x89PNG\r\n\x1a\nrest", wantReason: ReasonBinary, wantNil: true},
		{name: "PDF magic", path: "doc", content: "%PDF-1.7\n...", wantReason: ReasonBinary, wantNil: true},
		{name: "min.js by name", path: "static/jquery.min.js", content: "var a=1;", wantReason: ReasonMinified},
		{name: "min.css by name", path: "site.min.css", content: "a{b:c}", wantReason: ReasonMinified},
		{name: "-min.js by name", path: "lib-min.js", content: "var a=1;", wantReason: ReasonMinified},
		{name: "bundle content", path: "dist/app.js", content: minifiedJS(200000), wantReason: ReasonMinified},
		{name: "bundle content with a banner line", path: "dist/app.mjs", content: "/*! lib v1 | MIT */\n" + minifiedJS(50000) + "\n//# sourceMappingURL=app.js.map\n", wantReason: ReasonMinified},
		{name: "minified css", path: "a.css", content: repeat(`.btn{color:#fff;background:#000;border:0}.x>a{margin:0,padding:0}`, 5000), wantReason: ReasonMinified},
		{name: "shebang node bundle", path: "bin/cli", content: "#!/usr/bin/env node\n" + minifiedJS(30000), wantReason: ReasonMinified},
		{name: "code with one huge data line is not minified", path: "logo.js", content: "import x from 'y';\n" + longData + code},
		{name: "small file with only a data line", path: "d.js", content: longData},
		{name: "normal code with one long line", path: "app.js", content: code + "const msg = '" + repeat("lorem ipsum dolor sit amet ", 2000) + "';\n" + code},
		{name: "long python lines are never minified", path: "gen.py", content: minifiedJS(100000)},
		{name: "at the limit", path: "a.py", content: repeat("x", 64), max: 64},
		{name: "grew past the limit", path: "a.py", content: repeat("x", 65), max: 64, wantReason: ReasonTooLarge, wantNil: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			root := t.TempDir()
			buildTree(t, root, []node{file(c.path, c.content)})
			opts := Options{Root: root, MaxFileSize: c.max}
			f := File{Path: c.path, Language: DetectLanguage(c.path, nil)}
			got, reason, err := Load(context.Background(), opts, f)
			if err != nil {
				t.Fatal(err)
			}
			if reason != c.wantReason {
				t.Errorf("reason = %q, want %q", reason, c.wantReason)
			}
			if c.wantNil {
				if got != nil {
					t.Errorf("content returned with reason %q", reason)
				}
			} else if string(got) != c.content {
				t.Errorf("content differs: got %d bytes, want %d", len(got), len(c.content))
			}
		})
	}
}

// TestLoadWalked loads everything a walk yields.
func TestLoadWalked(t *testing.T) {
	root := t.TempDir()
	buildTree(t, root, []node{file("a.py", "print(1)\n"), file("hidden/h.py", "h = 1\n"), link("link.py", "hidden/h.py"), file(".gitignore", "hidden/\n")})
	l, err := NewLoader(Options{Root: root})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	got := map[string]string{}
	err = Walk(context.Background(), Options{Root: root}, func(f File) error {
		b, reason, err := l.Load(context.Background(), f)
		if err != nil || reason != "" {
			t.Errorf("Load(%s) = %q, %v", f.Path, reason, err)
		}
		got[f.Path] = string(b)
		return nil
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{".gitignore": "hidden/\n", "a.py": "print(1)\n", "link.py": "h = 1\n"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
}

// TestLoadSwappedSymlink: a file replaced by a symlink out of Root after
// the walk is not read.
func TestLoadSwappedSymlink(t *testing.T) {
	tmp := t.TempDir()
	root := filepath.Join(tmp, "root")
	buildTree(t, tmp, []node{file("secret.txt", "TOP SECRET"), file("root/a.py", "ok"), file("root/sub/b.py", "ok"), file("root/c.py", "ok")})
	var files []File
	if err := Walk(context.Background(), Options{Root: root}, func(f File) error { files = append(files, f); return nil }, nil); err != nil {
		t.Fatal(err)
	}
	// Swap: a.py becomes a link to the secret; sub becomes a link to tmp;
	// c.py becomes a link cycle.
	must(t, os.Remove(filepath.Join(root, "a.py")))
	must(t, os.Symlink(filepath.Join(tmp, "secret.txt"), filepath.Join(root, "a.py")))
	must(t, os.RemoveAll(filepath.Join(root, "sub")))
	must(t, os.Symlink(tmp, filepath.Join(root, "sub")))
	must(t, os.WriteFile(filepath.Join(tmp, "b.py"), []byte("TOP SECRET"), 0o644))
	must(t, os.Remove(filepath.Join(root, "c.py")))
	must(t, os.Symlink("c.py", filepath.Join(root, "c.py")))
	want := map[string]string{"a.py": ReasonSymlinkOutside, "sub/b.py": ReasonSymlinkOutside, "c.py": ReasonSymlinkLoop}
	for _, f := range files {
		b, reason, err := Load(context.Background(), Options{Root: root}, f)
		if strings.Contains(string(b), "SECRET") {
			t.Errorf("%s: read outside the root", f.Path)
		}
		if reason != want[f.Path] {
			t.Errorf("%s: reason %q, err %v; want %q", f.Path, reason, err, want[f.Path])
		}
	}
}

func TestLoadSingleFileRoot(t *testing.T) {
	tmp := t.TempDir()
	buildTree(t, tmp, []node{file("x.py", "x = 1\n"), link("l.py", "x.py")})
	for _, name := range []string{"x.py", "l.py"} {
		var got []byte
		err := Walk(context.Background(), Options{Root: filepath.Join(tmp, name)}, func(f File) error {
			b, reason, err := Load(context.Background(), Options{Root: filepath.Join(tmp, name)}, f)
			if err != nil || reason != "" {
				t.Errorf("Load = %q, %v", reason, err)
			}
			got = b
			return nil
		}, nil)
		if err != nil || string(got) != "x = 1\n" {
			t.Errorf("%s: got %q, %v", name, got, err)
		}
	}
}

func TestLoadMissing(t *testing.T) {
	_, _, err := Load(context.Background(), Options{Root: t.TempDir()}, File{Path: "gone.py"})
	if err == nil {
		t.Fatal("Load of a missing file: no error")
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
