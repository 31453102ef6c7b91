package rules

import (
	"context"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/vouchsec/vouch/sast"
	"github.com/vouchsec/vouch/sast/lang"
	"github.com/vouchsec/vouch/sast/rule"
	"github.com/vouchsec/vouch/sast/ruletest"
)

// minRules is the size the built-in packs must reach (issue 2).
const minRules = 150

// generalCWEs are classes too broad to be a rule's only CWE.
func generalCWEs() map[string]bool {
	return map[string]bool{
		"CWE-20": true, "CWE-74": true, "CWE-707": true, "CWE-693": true, "CWE-664": true,
		"CWE-710": true, "CWE-284": true, "CWE-435": true, "CWE-682": true, "CWE-691": true,
		"CWE-697": true, "CWE-703": true, "CWE-668": true, "CWE-913": true,
	}
}

// idPrefixes are the ID prefixes allowed in each pack directory.
func idPrefixes() map[string][]string {
	return map[string][]string{
		"python":     {"python."},
		"javascript": {"js.", "ts.", "javascript.", "typescript."},
		"java":       {"java."},
		"go":         {"go."},
	}
}

func loadAll(t *testing.T) []*rule.Rule {
	t.Helper()
	rs, err := Load(context.Background())
	if err != nil {
		t.Fatalf("built-in rules do not load:\n%v", err)
	}
	return rs
}

func TestLoadAndCompile(t *testing.T) {
	rs := loadAll(t)
	for _, r := range rs {
		if r.Meta.Source != Source {
			t.Errorf("%s: source %q", r.ID, r.Meta.Source)
		}
	}
	if _, err := sast.New(lang.NewRegistry(), rs); err != nil {
		t.Fatalf("built-in rules do not compile:\n%v", err)
	}
}

// TestRuleTests runs every built-in rule over its annotated test files
// (ruleid lines must match, ok and unannotated lines must not) and requires
// tests and complete metadata for every rule.
func TestRuleTests(t *testing.T) {
	reg := lang.NewRegistry()
	for _, dir := range Dirs() {
		t.Run(dir, func(t *testing.T) {
			rep, err := ruletest.Run(context.Background(), reg, FS(), dir, ruletest.Options{RequireTests: true, RequireMetadata: true})
			if err != nil {
				t.Fatal(err)
			}
			if rep.Failed() {
				var b strings.Builder
				_ = rep.Write(&b, false)
				t.Errorf("rule tests failed:\n%s", b.String())
			}
		})
	}
}

// TestPrecision: no built-in rule reports anything on a line its tests mark
// `ok:` (issue 2's precision bar).
func TestPrecision(t *testing.T) {
	reg := lang.NewRegistry()
	for _, dir := range Dirs() {
		rep, err := ruletest.Run(context.Background(), reg, FS(), dir, ruletest.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, rr := range rep.Rules {
			for _, l := range rr.OKHits {
				t.Errorf("%s: finding on an ok: line %s", rr.ID, l)
			}
		}
	}
}

// TestMetadataQuality checks what the rule format promises beyond loading:
// a specific CWE, an OWASP Top 10 2021 category, an explicit confidence,
// an ID and file name that fit the pack directory.
func TestMetadataQuality(t *testing.T) {
	owasp2021 := regexp.MustCompile(`^A(0[1-9]|10):2021 - \S`)
	general := generalCWEs()
	for _, r := range loadAll(t) {
		dir := path.Dir(r.File)
		if len(r.Meta.CWE) == 0 {
			t.Errorf("%s: no CWE", r.ID)
		}
		specific := false
		for _, c := range r.Meta.CWE {
			if !general[c] {
				specific = true
			}
		}
		if len(r.Meta.CWE) > 0 && !specific {
			t.Errorf("%s: only general CWEs %v; add the most specific CWE that fits", r.ID, r.Meta.CWE)
		}
		has2021 := false
		for _, o := range r.Meta.OWASP {
			if owasp2021.MatchString(o) {
				has2021 = true
			}
		}
		if !has2021 {
			t.Errorf("%s: no OWASP Top 10 2021 category (want e.g. \"A03:2021 - Injection\"), have %q", r.ID, r.Meta.OWASP)
		}
		if _, ok := r.Metadata["confidence"]; !ok {
			t.Errorf("%s: metadata lacks confidence", r.ID)
		}
		okPrefix := false
		for _, p := range idPrefixes()[dir] {
			if strings.HasPrefix(r.ID, p) {
				okPrefix = true
			}
		}
		if !okPrefix {
			t.Errorf("%s: ID does not fit directory %s (want one of %v)", r.ID, dir, idPrefixes()[dir])
		}
		if base := strings.TrimSuffix(path.Base(r.File), path.Ext(r.File)); base != r.ID {
			t.Errorf("%s: file %s is not named after the rule ID", r.ID, r.File)
		}
		if strings.Contains(r.Meta.Title, "$") {
			t.Errorf("%s: title %q still holds a metavariable", r.ID, r.Meta.Title)
		}
	}
}

// TestOneRulePerFile: the built-in format is one rule per file.
func TestOneRulePerFile(t *testing.T) {
	perFile := map[string]int{}
	for _, r := range loadAll(t) {
		perFile[r.File]++
	}
	for f, n := range perFile {
		if n != 1 {
			t.Errorf("%s holds %d rules, want 1", f, n)
		}
	}
}

// TestRuleCount: issue 2 asks for at least 150 built-in rules.
func TestRuleCount(t *testing.T) {
	rs := loadAll(t)
	perDir := map[string]int{}
	for _, r := range rs {
		perDir[path.Dir(r.File)]++
	}
	var parts []string
	for _, d := range Dirs() {
		parts = append(parts, fmt.Sprintf("%s %d", d, perDir[d]))
	}
	sort.Strings(parts)
	t.Logf("built-in rules: %d (%s)", len(rs), strings.Join(parts, ", "))
	if len(rs) < minRules {
		t.Errorf("%d built-in rules, want at least %d (%s)", len(rs), minRules, strings.Join(parts, ", "))
	}
}

// TestEmbedded: every pack directory and the README are in the binary.
func TestEmbedded(t *testing.T) {
	for _, name := range append([]string{"README.md"}, Dirs()...) {
		if _, err := fs.Stat(FS(), name); err != nil {
			t.Errorf("%s not embedded: %v", name, err)
		}
	}
}
