package lang

import "testing"

func TestForPath(t *testing.T) {
	r := NewRegistry()
	for path, want := range map[string]string{
		"a/b/app.py": "python", "x.PYI": "python", "index.mjs": "javascript", "c.jsx": "javascript",
		"t.ts": "typescript", "v.tsx": "tsx", "A.java": "java", "main.go": "go",
		"README.md": "", "Makefile": "", "dir.py/file": "",
	} {
		got := ""
		if l := r.ForPath(path); l != nil {
			got = l.Name
		}
		if got != want {
			t.Errorf("ForPath(%q) = %q, want %q", path, got, want)
		}
	}
}
