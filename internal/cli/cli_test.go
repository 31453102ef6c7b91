package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Main(context.Background(), args, Stdio{In: strings.NewReader(""), Out: &out, Err: &errb})
	return code, out.String(), errb.String()
}

func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, content := range files {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

const evalRule = `rules:
  - id: test.eval
    languages: [python]
    severity: MEDIUM
    message: eval of $X
    metadata:
      cwe: ["CWE-95"]
      owasp: ["A03:2021 - Injection"]
      confidence: HIGH
    pattern: eval($X)
`

func TestScanExitCodesAndFlagOrder(t *testing.T) {
	root := tree(t, map[string]string{"app.py": "eval(user)\n", "rules/r.yaml": evalRule})
	rules := filepath.Join(root, "rules")
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"below fail-on", []string{"scan", root, "--rules", rules, "--no-builtin-rules"}, ExitOK},
		{"at fail-on, flags after path", []string{"scan", root, "--rules", rules, "--no-builtin-rules", "--fail-on", "medium"}, ExitFindings},
		{"flags before path", []string{"scan", "--fail-on", "low", "--rules", rules, "--no-builtin-rules", root}, ExitFindings},
		{"fail-on none", []string{"scan", "--fail-on", "none", "--rules", rules, "--no-builtin-rules", root}, ExitOK},
		{"bad fail-on", []string{"scan", root, "--fail-on", "severe"}, ExitError},
		{"unknown flag", []string{"scan", root, "--no-such-flag"}, ExitError},
		{"missing path", []string{"scan", filepath.Join(root, "nope")}, ExitError},
		{"bad format", []string{"scan", root, "--format", "xml"}, ExitError},
		{"bad rules path", []string{"scan", root, "--rules", filepath.Join(root, "nope.yaml")}, ExitError},
		{"two paths", []string{"scan", root, root}, ExitError},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := run(t, tt.args...)
			if code != tt.want {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.want, stderr)
			}
			if tt.want == ExitError && !strings.Contains(stderr, "vouch:") {
				t.Errorf("error exit without a message: %q", stderr)
			}
		})
	}
}

func TestScanJSONOutputFile(t *testing.T) {
	root := tree(t, map[string]string{"app.py": "eval(user)\n", "r.yaml": evalRule})
	out := filepath.Join(t.TempDir(), "report.json")
	code, _, stderr := run(t, "scan", filepath.Join(root, "app.py"), "--rules", filepath.Join(root, "r.yaml"),
		"--no-builtin-rules", "--format", "json", "-o", out, "--fail-on", "none")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		SchemaVersion string `json:"schema_version"`
		Findings      []struct {
			RuleID  string `json:"rule_id"`
			Message string `json:"message"`
		} `json:"findings"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("report is not JSON: %v", err)
	}
	if doc.SchemaVersion == "" || len(doc.Findings) != 1 || doc.Findings[0].Message != "eval of user" {
		t.Errorf("unexpected report: %s", data)
	}
}

func TestHelpEverywhere(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"scan", "--help"}, {"rules", "--help"}, {"rules", "list", "--help"}, {"rules", "test", "--help"}, {"version", "--help"}} {
		code, out, _ := run(t, args...)
		if code != ExitOK || !strings.Contains(out, "Usage:") {
			t.Errorf("%v: exit %d, output %q", args, code, out)
		}
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := run(t, "version")
	if code != ExitOK || !strings.HasPrefix(out, "vouch ") {
		t.Errorf("version: exit %d, %q", code, out)
	}
}

func TestRulesListBuiltin(t *testing.T) {
	code, out, stderr := run(t, "rules", "list", "--format", "json")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var list []struct {
		ID  string   `json:"id"`
		CWE []string `json:"cwe"`
	}
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatal(err)
	}
	if len(list) == 0 {
		t.Fatal("no built-in rules listed")
	}
	for _, r := range list {
		if len(r.CWE) == 0 {
			t.Errorf("rule %s has no CWE", r.ID)
		}
	}
}

func TestRulesTestCommand(t *testing.T) {
	dir := tree(t, map[string]string{
		"test.eval.yaml": evalRule,
		"test.eval.py":   "# ruleid: test.eval\neval(x)\n# ok: test.eval\nprint(x)\n",
	})
	if code, out, stderr := run(t, "rules", "test", dir); code != ExitOK {
		t.Errorf("passing rules: exit %d\n%s%s", code, out, stderr)
	}
	bad := tree(t, map[string]string{
		"test.eval.yaml": evalRule,
		"test.eval.py":   "# ok: test.eval\neval(x)\n",
	})
	if code, out, _ := run(t, "rules", "test", bad); code != ExitFindings || !strings.Contains(out, "test.eval") {
		t.Errorf("failing rules: exit %d\n%s", code, out)
	}
}
