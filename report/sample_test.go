package report

import (
	"bytes"
	"flag"
	"github.com/vouchsec/vouch/sast/rule"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/vouchsec/vouch/finding"
	"github.com/vouchsec/vouch/scan"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// sampleResult is a realistic scan: several files and severities, a taint
// trace, a fix, a multi-line range, non-ASCII code before a range, a
// finding whose rule is not in Rules, per-file errors and skipped files.
func sampleResult() *scan.Result {
	sqlRule := finding.Rule{
		ID: "python.flask.sql-injection", Kind: finding.KindCode, Languages: []string{"python"},
		Severity: finding.SeverityHigh, Confidence: finding.ConfidenceHigh,
		CWE:   []string{"CWE-89"},
		OWASP: []string{"A03:2021 - Injection"},
		Title: "SQL query built from request data",
		// The explanation as the rule loader builds it, references included.
		Explanation: rule.Explanation("The query text is concatenated from user input, so the input can change the query.",
			"`?id=1 OR 1=1` returns every user.",
			"Pass the value as a parameter:\n\n```python\ncursor.execute(\"SELECT * FROM users WHERE id = %s\", (uid,))\n```",
			sqlRefs),
		References: sqlRefs,
		Source:     "builtin",
	}
	md5Rule := finding.Rule{
		ID: "python.lang.weak-hash-md5", Kind: finding.KindCode, Languages: []string{"python"},
		Severity: finding.SeverityMedium, Confidence: finding.ConfidenceMedium,
		CWE: []string{"CWE-328: Use of Weak Hash"}, OWASP: []string{"A02:2021 - Cryptographic Failures"},
		Title:       "MD5 used as a hash",
		Explanation: "MD5 collisions are cheap to compute.",
		References:  []string{"see the OWASP cheat sheet", "https://cwe.mitre.org/data/definitions/328.html"},
		Source:      "builtin",
	}
	ssrfRule := finding.Rule{
		ID: "go.net-http.ssrf", Kind: finding.KindCode, Languages: []string{"go"},
		Severity: finding.SeverityCritical, Confidence: finding.ConfidenceLow,
		CWE: []string{"CWE-918"}, OWASP: []string{"A10:2021 - Server-Side Request Forgery (SSRF)"},
		Title: "Outgoing request to a user-chosen URL", Source: "rules/custom.yaml",
	}
	redirectRule := finding.Rule{
		ID: "js.express.open-redirect", Kind: finding.KindCode, Languages: []string{"javascript"},
		Severity: finding.SeverityLow, Confidence: finding.ConfidenceHigh,
		CWE: []string{"CWE-601"}, Title: "Redirect to a user-chosen URL",
		Explanation: "An attacker links to your site and it forwards the victim to theirs.",
	}
	fp := func(rule, path, ctx string) string { return finding.Fingerprint(rule, path, ctx, 0) }
	sqlLine := `    cursor.execute("SELECT * FROM users WHERE id = " + uid)`
	goLine := "\tlog.Printf(\"héllo wörld\"); resp, err := http.Get(target)"
	return &scan.Result{
		SchemaVersion: scan.SchemaVersion,
		Tool:          scan.Tool{Name: "vouch", Version: "v0.3.0"},
		Target:        "/home/dev/shop",
		StartedAt:     time.Date(2025, 3, 14, 9, 26, 53, 589000000, time.UTC),
		Findings: []finding.Finding{
			{
				RuleID: sqlRule.ID, Kind: finding.KindCode, Severity: finding.SeverityHigh, Confidence: finding.ConfidenceHigh,
				CWE: sqlRule.CWE, OWASP: sqlRule.OWASP,
				Message: "User input from request.args reaches the SQL query executed by cursor.execute",
				Range: finding.Range{Path: "app/views.py", Start: finding.Position{Line: 12, Column: 5}, End: finding.Position{Line: 12, Column: 60},
					StartByte: 301, EndByte: 356, Snippet: sqlLine},
				Trace: []finding.Step{
					{Message: "source: request.args", Range: finding.Range{Path: "app/views.py", Start: finding.Position{Line: 10, Column: 11}, End: finding.Position{Line: 10, Column: 33},
						StartByte: 240, EndByte: 262, Snippet: `    uid = request.args.get("id")`}},
					{Message: "uid flows into the query string", Range: finding.Range{Path: "app/views.py", Start: finding.Position{Line: 12, Column: 20}, End: finding.Position{Line: 12, Column: 59},
						StartByte: 316, EndByte: 355, Snippet: sqlLine}},
					{Message: "sink: cursor.execute", Range: finding.Range{Path: "app/views.py", Start: finding.Position{Line: 12, Column: 5}, End: finding.Position{Line: 12, Column: 60},
						StartByte: 301, EndByte: 356, Snippet: sqlLine}},
				},
				Fingerprint: fp(sqlRule.ID, "app/views.py", sqlLine),
			},
			{
				RuleID: md5Rule.ID, Kind: finding.KindCode, Severity: finding.SeverityMedium, Confidence: finding.ConfidenceMedium,
				CWE: md5Rule.CWE, OWASP: md5Rule.OWASP,
				Message: "hashlib.md5 is a weak hash; use hashlib.sha256",
				Range: finding.Range{Path: "app/views.py", Start: finding.Position{Line: 20, Column: 12}, End: finding.Position{Line: 20, Column: 23},
					StartByte: 498, EndByte: 509, Snippet: "    return hashlib.md5(data).hexdigest()"},
				Fixes: []finding.Fix{{Description: "Use SHA-256", Edits: []finding.TextEdit{{Path: "app/views.py",
					StartByte: 498, EndByte: 509, Start: finding.Position{Line: 20, Column: 12}, End: finding.Position{Line: 20, Column: 23}, NewText: "hashlib.sha256"}}}},
				Fingerprint: fp(md5Rule.ID, "app/views.py", "return hashlib.md5(data).hexdigest()"),
			},
			{
				RuleID: ssrfRule.ID, Kind: finding.KindCode, Severity: finding.SeverityCritical, Confidence: finding.ConfidenceLow,
				CWE: ssrfRule.CWE, OWASP: ssrfRule.OWASP,
				Message: "The URL of http.Get comes from the request",
				Range: finding.Range{Path: "cmd/server/main.go", Start: finding.Position{Line: 31, Column: 44}, End: finding.Position{Line: 31, Column: 60},
					StartByte: 900, EndByte: 916, Snippet: goLine},
				Fingerprint: fp(ssrfRule.ID, "cmd/server/main.go", goLine),
				Detail:      map[string]any{"sink": "net/http.Get"},
			},
			{
				RuleID: redirectRule.ID, Kind: finding.KindCode, Severity: finding.SeverityLow, Confidence: finding.ConfidenceHigh,
				CWE: redirectRule.CWE, Message: "res.redirect is called with req.query.next",
				Range: finding.Range{Path: "web/app.js", Start: finding.Position{Line: 7, Column: 3}, End: finding.Position{Line: 9, Column: 5},
					StartByte: 120, EndByte: 170, Snippet: "  res.redirect(\n    req.query.next\n  );"},
				Fingerprint: fp(redirectRule.ID, "web/app.js", "res.redirect( req.query.next );"),
			},
			{
				RuleID: "ts.custom.todo-auth", Kind: finding.KindCode, Severity: finding.SeverityInfo, Confidence: finding.ConfidenceMedium,
				Message:    "authorization is still a TODO",
				Range:      finding.Range{Path: "web/util.ts", Start: finding.Position{Line: 3, Column: 1}, End: finding.Position{Line: 3, Column: 1}},
				Provenance: &finding.Provenance{Agent: "claude-code", Commit: "0123abc"},
			},
		},
		Rules: []finding.Rule{ssrfRule, redirectRule, sqlRule, md5Rule},
		Errors: []scan.FileError{
			{Path: "web/broken.js", Analyzer: "sast", Message: "matching timed out after 10s"},
			{Path: "data/huge.py", Message: "reading: permission denied"},
		},
		Stats: scan.Stats{
			Files: 5, Lines: 1234, Bytes: 45678,
			Languages: map[string]scan.LanguageStats{
				"python":     {Files: 2, Lines: 800, ParseErrors: 1},
				"go":         {Files: 1, Lines: 200},
				"javascript": {Files: 1, Lines: 200},
				"typescript": {Files: 1, Lines: 34},
			},
			Skipped: []scan.SkippedFile{
				{Path: "assets/logo.png", Reason: "binary"},
				{Path: "db/dump.sql", Reason: "too-large"},
				{Path: "dist/app.min.js", Reason: "minified"},
			},
			SkipCounts:  map[string]int{"binary": 1, "too-large": 1, "minified": 1},
			ParseErrors: 1, Suppressed: 2, Duplicates: 1, RulesRun: 57,
			Timing: scan.Timing{WalkMS: 3, ReadMS: 1, ParseMS: 20, MatchMS: 41, TotalMS: 70},
		},
	}
}

// emptyResult is what a scan of an empty tree might hand over, with nil
// slices and maps where a careless producer leaves them.
func emptyResult() *scan.Result {
	return &scan.Result{SchemaVersion: scan.SchemaVersion, Tool: scan.Tool{Name: "vouch", Version: "dev"}, Target: "."}
}

// render runs the named writer over res.
func render(t *testing.T, format string, opts Options, res *scan.Result) []byte {
	t.Helper()
	var buf bytes.Buffer
	h, err := New(format, &buf, opts)
	if err != nil {
		t.Fatal(err)
	}
	h.Progress(scan.Progress{FilesDone: 1, FilesTotal: 2, Path: "x.py"})
	if buf.Len() != 0 {
		t.Fatalf("%s: Progress wrote %q", format, buf.String())
	}
	if err := h.Result(res); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// golden compares got with testdata/name, rewriting it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", path, diff)
	}
}

var sqlRefs = []string{"https://owasp.org/Top10/A03_2021-Injection/", "https://cwe.mitre.org/data/definitions/89.html"}
