package source

import (
	"testing"

	"github.com/vouchsec/vouch/sast/lang"
)

func TestDetectLanguage(t *testing.T) {
	cases := []struct {
		path, head, want string
	}{
		{"a.py", "", "python"},
		{"a/b.pyi", "", "python"},
		{"w.pyw", "", "python"},
		{"X.PY", "", "python"},
		{"a.js", "", "javascript"},
		{"a.jsx", "", "javascript"},
		{"a.mjs", "", "javascript"},
		{"a.cjs", "", "javascript"},
		{"a.ts", "", "typescript"},
		{"a.mts", "", "typescript"},
		{"a.cts", "", "typescript"},
		{"types/index.d.ts", "", "typescript"},
		{"a.tsx", "", "tsx"},
		{"A.java", "", "java"},
		{"main.go", "", "go"},
		{"Dockerfile", "", "dockerfile"},
		{"build/Dockerfile.prod", "", "dockerfile"},
		{"api.dockerfile", "", "dockerfile"},
		{"Containerfile", "", "dockerfile"},
		{"ci.yml", "", "yaml"},
		{"k8s.yaml", "", "yaml"},
		{"package.json", "", "json"},
		{"main.tf", "", "terraform"},
		{"prod.tfvars", "", "terraform"},
		{"run.sh", "", "shell"},
		{".bashrc", "", "shell"},
		{"README.md", "", "markdown"},
		{"pyproject.toml", "", "toml"},
		{"Makefile", "", ""},
		{"noext", "", ""},
		{"a.txt", "", ""},
		{`win\dir\a.py`, "", "python"},
		// Shebangs, for files the name does not settle.
		{"bin/tool", "#!/usr/bin/env python3\nprint(1)\n", "python"},
		{"bin/tool", "#!/usr/bin/python3.12 -u\n", "python"},
		{"bin/tool", "#! /usr/bin/env pypy3\n", "python"},
		{"bin/tool", "#!/usr/bin/node\n", "javascript"},
		{"bin/tool", "#!/usr/bin/env -S deno run --allow-net\n", "javascript"},
		{"bin/tool", "#!/usr/bin/env -S NODE_OPTIONS=x node\n", "javascript"},
		{"bin/tool", "#!/usr/bin/env bun\n", "javascript"},
		{"bin/tool", "#!/usr/bin/env ts-node\n", "typescript"},
		{"bin/tool", "#!/bin/bash -e\n", "shell"},
		{"bin/tool", "#!/bin/sh", "shell"},
		{"bin/tool", "\xef\xbb\xbf#!/usr/bin/env python\n", "python"},
		{"bin/tool", "#!/usr/bin/env\n", ""},
		{"bin/tool", "#!/usr/bin/perl\n", ""},
		{"bin/tool", "#!\n", ""},
		{"bin/tool", "# not a shebang python\n", ""},
		{"bin/tool", "print('#!/usr/bin/python')\n", ""},
		// The name wins over the shebang.
		{"x.js", "#!/usr/bin/env python3\n", "javascript"},
	}
	for _, c := range cases {
		var head []byte
		if c.head != "" {
			head = []byte(c.head)
		}
		if got := DetectLanguage(c.path, head); got != c.want {
			t.Errorf("DetectLanguage(%q, %q) = %q, want %q", c.path, c.head, got, c.want)
		}
	}
}

// TestLanguageTableMatchesRegistry keeps the cheap table here in step with
// the parsers' registry in sast/lang.
func TestLanguageTableMatchesRegistry(t *testing.T) {
	for _, l := range lang.NewRegistry().All() {
		for _, ext := range l.Extensions {
			if got := DetectLanguage("f"+ext, nil); got != l.Name {
				t.Errorf("extension %s: DetectLanguage = %q, registry says %q", ext, got, l.Name)
			}
		}
		for _, sh := range l.Shebangs {
			if got := DetectLanguage("tool", []byte("#!/usr/bin/env "+sh+"\n")); got != l.Name {
				t.Errorf("shebang %s: DetectLanguage = %q, registry says %q", sh, got, l.Name)
			}
		}
	}
}
