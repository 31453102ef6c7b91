package rule

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/vouchsec/vouch/sast/lang"
)

func TestLanguageTableMatchesRegistry(t *testing.T) {
	for _, l := range lang.NewRegistry().All() {
		for _, name := range append([]string{l.Name}, l.Aliases...) {
			if got := CanonicalLanguage(name); got != l.Name {
				t.Errorf("CanonicalLanguage(%q) = %q, want %q", name, got, l.Name)
			}
		}
	}
	reg := lang.NewRegistry()
	for name, canon := range languageNames() {
		if IsTextLanguage(canon) {
			continue
		}
		if l := reg.Lookup(canon); l == nil || l.Name != canon {
			t.Errorf("%q maps to %q, which the registry does not know", name, canon)
		}
	}
}

const okRule = "rules:\n  - {id: %s, languages: [go], severity: LOW, message: m, pattern: x}\n"

func rulesFile(id string) *fstest.MapFile {
	return &fstest.MapFile{Data: []byte(strings.ReplaceAll(okRule, "%s", id))}
}

func TestLoadFS(t *testing.T) {
	fsys := fstest.MapFS{
		"r/a.yaml":         rulesFile("a"),
		"r/sub/b.yml":      rulesFile("b"),
		"r/sub/b.go":       {Data: []byte("package b")},
		"r/x.test.yaml":    {Data: []byte("not: a rule")},
		"r/.hidden/c.yaml": {Data: []byte("broken: [")},
		"other/z.yaml":     rulesFile("z"),
	}
	rules, err := LoadFS(context.Background(), fsys, "r")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rules {
		got = append(got, r.ID+"@"+r.File)
	}
	if diff := cmp.Diff([]string{"a@r/a.yaml", "b@r/sub/b.yml"}, got); diff != "" {
		t.Error(diff)
	}
}

func TestLoadFSDuplicateAcrossFiles(t *testing.T) {
	fsys := fstest.MapFS{"a.yaml": rulesFile("same"), "b/c.yaml": rulesFile("same"), "d.yaml": {Data: []byte("rules: [")}}
	_, err := LoadFS(context.Background(), fsys, ".")
	if err == nil {
		t.Fatal("want error")
	}
	msg := err.Error()
	for _, want := range []string{`b/c.yaml:2: rule "same": duplicate id, already defined in a.yaml:2`, "d.yaml: yaml: line 1: did not find expected node content"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q lacks %q", msg, want)
		}
	}
}

func TestLoadPath(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "go"), 0o755); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "go", "r.yaml")
	if err := os.WriteFile(file, rulesFile("a").Data, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{dir, file} {
		rules, err := LoadPath(context.Background(), p)
		if err != nil {
			t.Fatal(err)
		}
		if len(rules) != 1 || rules[0].File != file {
			t.Errorf("LoadPath(%s): %+v", p, rules)
		}
	}
	if _, err := LoadPath(context.Background(), filepath.Join(dir, "missing")); err == nil {
		t.Error("missing path: want error")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := LoadPath(ctx, dir); err == nil {
		t.Error("canceled: want error")
	}
}

func TestCompileRegexPCRE(t *testing.T) {
	tests := []struct{ in, hint string }{
		{`a(?<=b)`, "a lookbehind"},
		{`a(?<!b)`, "a negative lookbehind"},
		{`(?=x)`, "a lookahead"},
		{`(?>x)`, "an atomic group"},
		{`x*+`, "a possessive quantifier *+"},
		{`\Z`, `\Z (use \z or $)`},
		{`\\1`, ""},
	}
	for _, tt := range tests {
		_, err := CompileRegex(tt.in)
		if tt.hint == "" {
			if err != nil {
				t.Errorf("%q: %v", tt.in, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), "uses "+tt.hint) {
			t.Errorf("%q: got %v, want hint %q", tt.in, err, tt.hint)
		}
	}
	if re, err := CompileRegex(`^b$`); err != nil || !re.MatchString("a\nb\nc") {
		t.Errorf("multiline: %v", err)
	}
}
