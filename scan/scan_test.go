package scan

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vouchsec/vouch/sast/lang"
	"github.com/vouchsec/vouch/sast/rule"
	"github.com/vouchsec/vouch/source"
)

// collect is a Handler that keeps the result.
type collect struct{ res *Result }

func (c *collect) Progress(Progress)      {}
func (c *collect) Result(r *Result) error { c.res = r; return nil }

func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, content := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func runScan(t *testing.T, root string, opts source.Options) *Result {
	t.Helper()
	ctx := context.Background()
	rs, err := rule.LoadPath(ctx, "testdata/eval.yaml")
	if err != nil {
		t.Fatal(err)
	}
	reg := lang.NewRegistry()
	as, err := Analyzers(reg, rs)
	if err != nil {
		t.Fatal(err)
	}
	opts.Root = root
	var h collect
	res, err := Run(ctx, Config{Walk: opts, Analyzers: as, Languages: reg, Jobs: 2}, &h)
	if err != nil {
		t.Fatal(err)
	}
	if h.res != res {
		t.Fatal("handler did not receive the result")
	}
	return res
}

type got struct {
	Rule, Path string
	Line       int
}

func summary(res *Result) []got {
	var out []got
	for _, f := range res.Findings {
		out = append(out, got{f.RuleID, f.Range.Path, f.Range.Start.Line})
	}
	return out
}

func TestRunFindsSuppressesAndDedupes(t *testing.T) {
	root := writeTree(t, map[string]string{
		"b.py":           "eval(a)\n",
		"a.py":           "x = 1\neval(y)  # vouch:ignore test.eval reviewed\n# nosemgrep\neval(z)\neval(w)\n",
		"sub/c.py":       "def f():\n    return eval(q)\n",
		"notes.txt":      "eval(nothing)\n",
		"sub/.gitignore": "ignored.py\n",
		"sub/ignored.py": "eval(x)\n",
	})
	res := runScan(t, root, source.Options{})
	want := []got{{"test.eval", "a.py", 5}, {"test.eval", "b.py", 1}, {"test.eval", "sub/c.py", 2}}
	if diff := cmp.Diff(want, summary(res)); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	if res.Stats.Suppressed != 2 {
		t.Errorf("suppressed = %d, want 2", res.Stats.Suppressed)
	}
	if got := res.Stats.Languages["python"].Files; got != 3 {
		t.Errorf("python files = %d, want 3", got)
	}
	if res.Findings[0].Range.Snippet != "eval(w)" || res.Findings[0].Fingerprint == "" {
		t.Errorf("snippet/fingerprint not filled: %+v", res.Findings[0].Range)
	}
	if len(res.Rules) != 1 || res.Rules[0].ID != "test.eval" {
		t.Errorf("rules = %+v", res.Rules)
	}
}

func TestFingerprintSurvivesEditsAbove(t *testing.T) {
	before := runScan(t, writeTree(t, map[string]string{"a.py": "eval(x)\n"}), source.Options{})
	after := runScan(t, writeTree(t, map[string]string{"a.py": "import os\n\n# comment\neval(x)\n"}), source.Options{})
	if before.Findings[0].Fingerprint != after.Findings[0].Fingerprint {
		t.Errorf("fingerprint changed after lines were added above the finding")
	}
}

// TestHostileInput: huge, deeply nested, invalid UTF-8 and looping files
// each give a per-file skip or error, and findings in good files survive.
func TestHostileInput(t *testing.T) {
	root := writeTree(t, map[string]string{
		"good.py":    "eval(a)\n",
		"nested.py":  "x = " + strings.Repeat("[", 100000) + strings.Repeat("]", 100000) + "\neval(b)\n",
		"invalid.py": "s = '\xff\xfe\xfd'\neval(c)\n",
		"huge.py":    strings.Repeat("x = 1 + 2\n", 5*1024*1024),
		"broken.py":  "import os\neval(d)\nfoo(1,\nclass\n",
	})
	if err := os.Symlink(filepath.Join(root, "loop"), filepath.Join(root, "loop")); err != nil {
		t.Fatal(err)
	}
	res := runScan(t, root, source.Options{})
	lines := map[string]int{}
	for _, f := range res.Findings {
		lines[f.Range.Path] = f.Range.Start.Line
	}
	for _, path := range []string{"good.py", "invalid.py", "broken.py"} {
		if _, ok := lines[path]; !ok {
			t.Errorf("no finding in %s; findings %v, errors %v", path, lines, res.Errors)
		}
	}
	reasons := map[string]string{}
	for _, s := range res.Stats.Skipped {
		reasons[s.Path] = s.Reason
	}
	if reasons["huge.py"] != source.ReasonTooLarge {
		t.Errorf("huge.py: skip reason %q, want %q", reasons["huge.py"], source.ReasonTooLarge)
	}
	if reasons["loop"] == "" {
		t.Errorf("symlink loop not reported as skipped: %v", reasons)
	}
	if res.Stats.ParseErrors == 0 {
		t.Errorf("broken.py should count as a parse error")
	}
}
