package main

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseLabels(t *testing.T) {
	src := []byte("a = 1\n" +
		"cur.execute(q)  # vuln: CWE-89\n" +
		"res.cookie('t', v); // vuln: CWE-614, CWE-1004\n" +
		"x = md5(usedforsecurity=False)  # safe: CWE-328\n" +
		"<a href={u}> {/* vuln: CWE-79 */}\n" +
		"y = 2  # vulnerable: CWE-1 (not a label)\n")
	got := ParseLabels("p/a.py", src)
	want := []Label{
		{Path: "p/a.py", Line: 2, CWE: 89, Kind: Vuln, Code: "cur.execute(q)"},
		{Path: "p/a.py", Line: 3, CWE: 614, Kind: Vuln, Code: "res.cookie('t', v);"},
		{Path: "p/a.py", Line: 3, CWE: 1004, Kind: Vuln, Code: "res.cookie('t', v);"},
		{Path: "p/a.py", Line: 4, CWE: 328, Kind: Safe, Code: "x = md5(usedforsecurity=False)"},
		{Path: "p/a.py", Line: 5, CWE: 79, Kind: Vuln, Code: "<a href={u}>"},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("ParseLabels (-want +got):\n%s", d)
	}
}

func TestEquivalent(t *testing.T) {
	tests := []struct {
		a, b int
		want bool
	}{
		{89, 89, true},
		{327, 328, true},
		{328, 327, true},
		{338, 330, true},
		{95, 94, true},
		{1336, 94, true},
		{95, 1336, false}, // not transitive
		{79, 89, false},
		{614, 1004, false},
	}
	for _, tt := range tests {
		if got := Equivalent(tt.a, tt.b); got != tt.want {
			t.Errorf("Equivalent(%d, %d) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestScore(t *testing.T) {
	labels := []Label{
		{Path: "a.py", Line: 10, CWE: 89, Kind: Vuln},
		{Path: "a.py", Line: 20, CWE: 328, Kind: Vuln},
		{Path: "a.py", Line: 30, CWE: 78, Kind: Vuln},
		{Path: "a.py", Line: 40, CWE: 78, Kind: Safe},
		{Path: "a.py", Line: 50, CWE: 614, Kind: Vuln},
		{Path: "a.py", Line: 50, CWE: 1004, Kind: Vuln},
		{Path: "b.go", Line: 5, CWE: 22, Kind: Vuln},
	}
	findings := []Finding{
		{Rule: "sqli", Path: "a.py", Line: 10, CWEs: []int{89}},    // TP
		{Rule: "sqli2", Path: "a.py", Line: 10, CWEs: []int{89}},   // second rule on the same label: not an FP
		{Rule: "sqli", Path: "a.py", Line: 10, CWEs: []int{89}},    // exact duplicate: dropped
		{Rule: "md5", Path: "a.py", Line: 20, CWEs: []int{327}},    // TP through 327/328
		{Rule: "xss", Path: "a.py", Line: 30, CWEs: []int{79}},     // wrong CWE: FP elsewhere, label stays FN
		{Rule: "cmd", Path: "a.py", Line: 40, CWEs: []int{78}},     // FP on a safe line
		{Rule: "cmd", Path: "a.py", Line: 32, CWEs: []int{78}},     // FP near the line-30 label
		{Rule: "cookie", Path: "a.py", Line: 50, CWEs: []int{614}}, // TP for 614, 1004 stays FN
		{Rule: "nocwe", Path: "a.py", Line: 60},                    // FP without CWE
		{Rule: "path", Path: "b.go", Line: 5, CWEs: []int{22}},     // out of scope below
	}
	inScope := func(p string) bool { return LanguageOf(p) == "python" }
	r := Score("t", labels, findings, inScope)

	got := Total(r)
	want := Counts{TP: 3, FPSafe: 1, FPOther: 3, FN: 2, FPOtherClass: 2, NearFN: 1, NearFP: 1}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Total (-want +got):\n%s", d)
	}
	if d := cmp.Diff(Counts{TP: 4, FPSafe: 1, FPOther: 2, FN: 1, FPOtherClass: 2}, got.Lenient()); d != "" {
		t.Errorf("Lenient (-want +got):\n%s", d)
	}
	if r.Matched != 4 {
		t.Errorf("Matched = %d, want 4", r.Matched)
	}

	var fns []int
	for _, fn := range r.FN {
		fns = append(fns, fn.Label.Line*10000+fn.Label.CWE)
	}
	if d := cmp.Diff([]int{30*10000 + 78, 50*10000 + 1004}, fns); d != "" {
		t.Errorf("FN labels (-want +got):\n%s", d)
	}
	if len(r.FN[0].AnyCWE) != 1 || r.FN[0].AnyCWE[0].Rule != "xss" {
		t.Errorf("FN at line 30 should list the xss finding on the same line, got %+v", r.FN[0].AnyCWE)
	}
	if len(r.FN[0].Near) != 1 || r.FN[0].Near[0].Line != 32 {
		t.Errorf("FN at line 30 should list the cmd finding at line 32 as a location mismatch, got %+v", r.FN[0].Near)
	}

	byCWEGot := map[string]Counts{}
	for k, c := range Group(r, byCWE) {
		byCWEGot[k] = *c
	}
	wantByCWE := map[string]Counts{
		"00000": {FPOther: 1, FPOtherClass: 1},
		"00078": {FPSafe: 1, FPOther: 1, FN: 1, NearFN: 1, NearFP: 1},
		"00079": {FPOther: 1, FPOtherClass: 1},
		"00089": {TP: 1},
		"00328": {TP: 1},
		"00614": {TP: 1},
		"01004": {FN: 1},
	}
	if d := cmp.Diff(wantByCWE, byCWEGot); d != "" {
		t.Errorf("Group by CWE (-want +got):\n%s", d)
	}
}

func TestCountsRatios(t *testing.T) {
	c := Counts{TP: 3, FPSafe: 1, FPOther: 0, FN: 1}
	if got := c.Precision(); got != 0.75 {
		t.Errorf("Precision = %v, want 0.75", got)
	}
	if got := c.Recall(); got != 0.75 {
		t.Errorf("Recall = %v, want 0.75", got)
	}
	if got := (Counts{}).Precision(); got != -1 {
		t.Errorf("empty Precision = %v, want -1", got)
	}
}

func TestParseGosecAndBandit(t *testing.T) {
	g, err := ParseGosec([]byte(`{"Issues":[{"rule_id":"G201","file":"/c/go/x/main.go","line":"12-14","cwe":{"id":"89"}}]}`), "/c")
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]Finding{{Tool: "gosec", Rule: "G201", Path: "go/x/main.go", Line: 12, CWEs: []int{89}}}, g); d != "" {
		t.Errorf("ParseGosec (-want +got):\n%s", d)
	}
	b, err := ParseBandit([]byte(`{"results":[{"filename":"/c/python/a.py","line_number":7,"test_id":"B303"},{"filename":"/c/python/a.py","line_number":8,"test_id":"B608","issue_cwe":{"id":89}}]}`), "/c")
	if err != nil {
		t.Fatal(err)
	}
	want := []Finding{
		{Tool: "bandit", Rule: "B303", Path: "python/a.py", Line: 7, CWEs: []int{327}},
		{Tool: "bandit", Rule: "B608", Path: "python/a.py", Line: 8, CWEs: []int{89}},
	}
	if d := cmp.Diff(want, b); d != "" {
		t.Errorf("ParseBandit (-want +got):\n%s", d)
	}
}

func TestCopyTreeSkipsRootVouchignore(t *testing.T) {
	src, dst := t.TempDir(), filepath.Join(t.TempDir(), "copy")
	files := map[string]string{
		".vouchignore":        "*\n",
		"python/a.py":         "x = 1\n",
		"python/.vouchignore": "b.py\n",
	}
	for name, body := range files {
		p := filepath.Join(src, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := copyTree(context.Background(), src, dst); err != nil {
		t.Fatal(err)
	}
	var got []string
	err := filepath.WalkDir(dst, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dst, p)
		got = append(got, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"python/.vouchignore", "python/a.py"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("copied files (-want +got):\n%s", d)
	}
}
