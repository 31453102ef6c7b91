package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vouchsec/vouch/finding"
	"github.com/vouchsec/vouch/scan"
)

// decodeSARIF renders res and decodes it back into the writer's own types
// with unknown fields disallowed.
func decodeSARIF(t *testing.T, res *scan.Result) sarifLog {
	t.Helper()
	var log sarifLog
	dec := json.NewDecoder(bytes.NewReader(render(t, "sarif", Options{}, res)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&log); err != nil {
		t.Fatal(err)
	}
	return log
}

func TestSARIFResults(t *testing.T) {
	log := decodeSARIF(t, sampleResult())
	if log.Version != "2.1.0" || log.Schema != sarifSchemaURI || len(log.Runs) != 1 {
		t.Fatalf("header: %q %q, %d runs", log.Version, log.Schema, len(log.Runs))
	}
	run := log.Runs[0]
	if run.ColumnKind != "unicodeCodePoints" {
		t.Errorf("columnKind = %q", run.ColumnKind)
	}
	if d := run.Tool.Driver; d.Name != "vouch" || d.Version != "v0.3.0" || d.SemanticVersion != "0.3.0" || d.InformationURI != DefaultToolURI {
		t.Errorf("driver = %+v", d)
	}
	type row struct {
		RuleID, Level, URI string
		Region             [4]int // startLine, startColumn, endLine, endColumn
		Snippet            string
		Fingerprint        bool
		Flow, Fixes        int
	}
	var got []row
	for _, r := range run.Results {
		if rule := run.Tool.Driver.Rules[r.RuleIndex]; rule.ID != r.RuleID {
			t.Errorf("%s: ruleIndex %d points at %s", r.RuleID, r.RuleIndex, rule.ID)
		}
		pl := r.Locations[0].PhysicalLocation
		rw := row{RuleID: r.RuleID, Level: r.Level, URI: pl.ArtifactLocation.URIBaseID + "/" + pl.ArtifactLocation.URI,
			Region:      [4]int{pl.Region.StartLine, pl.Region.StartColumn, pl.Region.EndLine, pl.Region.EndColumn},
			Fingerprint: r.PartialFingerprints[fingerprintKey] != "", Fixes: len(r.Fixes)}
		if pl.Region.Snippet != nil {
			rw.Snippet = pl.Region.Snippet.Text
		}
		if len(r.CodeFlows) > 0 {
			rw.Flow = len(r.CodeFlows[0].ThreadFlows[0].Locations)
		}
		got = append(got, rw)
	}
	want := []row{
		{"python.flask.sql-injection", "error", "%SRCROOT%/app/views.py", [4]int{12, 5, 12, 60}, `cursor.execute("SELECT * FROM users WHERE id = " + uid)`, true, 3, 0},
		{"python.lang.weak-hash-md5", "warning", "%SRCROOT%/app/views.py", [4]int{20, 12, 20, 23}, "hashlib.md5", true, 0, 1},
		// é and ö are two bytes each: byte columns 44-60 are characters 42-58.
		{"go.net-http.ssrf", "error", "%SRCROOT%/cmd/server/main.go", [4]int{31, 42, 31, 58}, "http.Get(target)", true, 0, 0},
		{"js.express.open-redirect", "note", "%SRCROOT%/web/app.js", [4]int{7, 3, 9, 5}, "res.redirect(\n    req.query.next\n  );", true, 0, 0},
		{"ts.custom.todo-auth", "note", "%SRCROOT%/web/util.ts", [4]int{3, 1, 3, 1}, "", false, 0, 0},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("results (-want +got):\n%s", diff)
	}

	sql := run.Results[0]
	var steps []string
	for _, l := range sql.CodeFlows[0].ThreadFlows[0].Locations {
		reg := l.Location.PhysicalLocation.Region
		steps = append(steps, l.Location.Message.Text+"@"+reg.Snippet.Text)
	}
	if diff := cmp.Diff([]string{
		`source: request.args@request.args.get("id")`,
		`uid flows into the query string@"SELECT * FROM users WHERE id = " + uid`,
		`sink: cursor.execute@cursor.execute("SELECT * FROM users WHERE id = " + uid)`,
	}, steps); diff != "" {
		t.Errorf("code flow (-want +got):\n%s", diff)
	}
	rep := run.Results[1].Fixes[0].ArtifactChanges[0].Replacements[0]
	if d := rep.DeletedRegion; d.StartLine != 20 || d.StartColumn != 12 || d.EndColumn != 23 || *d.ByteOffset != 498 || *d.ByteLength != 11 || rep.InsertedContent.Text != "hashlib.sha256" {
		t.Errorf("fix replacement = %+v / %+v", d, rep.InsertedContent)
	}
	if run.OriginalURIBaseIDs[srcRoot].URI != "file:///home/dev/shop/" {
		t.Errorf("originalUriBaseIds = %+v", run.OriginalURIBaseIDs)
	}
	inv := run.Invocations[0]
	if !inv.ExecutionSuccessful || len(inv.ToolExecutionNotifications) != 2 ||
		inv.ToolExecutionNotifications[0].Message.Text != "sast: matching timed out after 10s" ||
		inv.ToolExecutionNotifications[0].Locations[0].PhysicalLocation.ArtifactLocation.URI != "web/broken.js" {
		t.Errorf("invocation = %+v", inv)
	}
}

func TestSARIFRules(t *testing.T) {
	rules := decodeSARIF(t, sampleResult()).Runs[0].Tool.Driver.Rules
	byID := map[string]sarifRule{}
	var ids []string
	for _, r := range rules {
		byID[r.ID] = r
		ids = append(ids, r.ID)
	}
	if diff := cmp.Diff([]string{"go.net-http.ssrf", "js.express.open-redirect", "python.flask.sql-injection", "python.lang.weak-hash-md5", "ts.custom.todo-auth"}, ids); diff != "" {
		t.Errorf("rule ids (-want +got):\n%s", diff)
	}
	sql := byID["python.flask.sql-injection"]
	want := sarifRuleProps{Tags: []string{"security", "CWE-89", "external/cwe/cwe-89", "A03:2021 - Injection"}, SecuritySeverity: "7.5", Precision: "high"}
	if diff := cmp.Diff(want, sql.Properties); diff != "" {
		t.Errorf("sql rule properties (-want +got):\n%s", diff)
	}
	if sql.DefaultConfiguration.Level != "error" || sql.HelpURI != "https://owasp.org/Top10/A03_2021-Injection/" ||
		!strings.Contains(sql.Help.Markdown, "```python\ncursor.execute(") || !strings.Contains(sql.Help.Markdown, "- https://cwe.mitre.org/data/definitions/89.html") {
		t.Errorf("sql rule help = %+v, helpUri %q", sql.Help, sql.HelpURI)
	}
	if n := strings.Count(sql.Help.Markdown, "https://cwe.mitre.org/data/definitions/89.html"); n != 1 {
		t.Errorf("reference listed %d times in the help, want once:\n%s", n, sql.Help.Markdown)
	}
	if sql.FullDescription.Text != "The query text is concatenated from user input, so the input can change the query." {
		t.Errorf("fullDescription = %+v", sql.FullDescription)
	}
	// The first reference is not a URL, so the second is the help URI; the
	// CWE with a title still yields the bare number tags.
	md5 := byID["python.lang.weak-hash-md5"]
	if md5.HelpURI != "https://cwe.mitre.org/data/definitions/328.html" || md5.Properties.Tags[1] != "CWE-328" {
		t.Errorf("md5 rule = %+v", md5)
	}
	if r := byID["ts.custom.todo-auth"]; r.ShortDescription.Text != "ts.custom.todo-auth" || r.Properties.SecuritySeverity != "0.0" {
		t.Errorf("rule synthesised from a finding = %+v", r)
	}
}

func TestSeverityMappings(t *testing.T) {
	tests := []struct {
		sev    finding.Severity
		level  string
		secSev string
	}{
		{finding.SeverityCritical, "error", "9.0"},
		{finding.SeverityHigh, "error", "7.5"},
		{finding.SeverityMedium, "warning", "5.0"},
		{finding.SeverityLow, "note", "3.0"},
		{finding.SeverityInfo, "note", "0.0"},
	}
	for _, tt := range tests {
		if got := level(tt.sev); got != tt.level {
			t.Errorf("level(%v) = %q, want %q", tt.sev, got, tt.level)
		}
		if got := securitySeverity(tt.sev); got != tt.secSev {
			t.Errorf("securitySeverity(%v) = %q, want %q", tt.sev, got, tt.secSev)
		}
	}
	for c, want := range map[finding.Confidence]string{finding.ConfidenceHigh: "high", finding.ConfidenceMedium: "medium", finding.ConfidenceLow: "low"} {
		if got := precision(c); got != want {
			t.Errorf("precision(%v) = %q, want %q", c, got, want)
		}
	}
}

func TestSARIFResultLimit(t *testing.T) {
	res := sampleResult() // severities: high, medium, critical, low, info
	w := newSARIFWriter(nil, Options{})
	w.maxResults = 2
	log := w.log(res)
	var got []string
	for _, r := range log.Runs[0].Results {
		got = append(got, r.RuleID)
	}
	// The two most severe, in report order.
	if diff := cmp.Diff([]string{"python.flask.sql-injection", "go.net-http.ssrf"}, got); diff != "" {
		t.Errorf("kept results (-want +got):\n%s", diff)
	}
	notes := log.Runs[0].Invocations[0].ToolExecutionNotifications
	if last := notes[len(notes)-1]; last.Level != "warning" || !strings.Contains(last.Message.Text, "3 of 5 results left out") {
		t.Errorf("no notification of the dropped results: %+v", notes)
	}
}

func TestSARIFTruncatesHugeSnippets(t *testing.T) {
	res := sampleResult()
	long := strings.Repeat("é", 10000)
	res.Findings[0].Range.Snippet = long
	res.Findings[0].Range.End.Column = 2*10000 + 1
	res.Findings[0].Range.Start.Column = 1
	reg := decodeSARIF(t, res).Runs[0].Results[0].Locations[0].PhysicalLocation.Region
	if n := len(reg.Snippet.Text); n > maxSnippetBytes || !strings.HasSuffix(reg.Snippet.Text, truncMark) {
		t.Errorf("snippet of %d bytes not truncated to %d", n, maxSnippetBytes)
	}
	if reg.EndColumn != 10001 {
		t.Errorf("endColumn = %d, want 10001 code points", reg.EndColumn)
	}
}

func TestCharColumn(t *testing.T) {
	tests := []struct {
		line    string
		known   bool
		byteCol int
		want    int
	}{
		{"abc", true, 1, 1},
		{"abc", true, 4, 4},
		{"héllo", true, 4, 3}, // after "hé"
		{"日本語x", true, 10, 4}, // after three 3-byte runes
		{"😀x", true, 5, 2},    // a 4-byte rune is one code point
		{"ab", true, 6, 6},    // past the snippet: bytes count one each
		{"é" + truncMark, true, 10, 9},
		{"", false, 7, 7}, // line unknown
		{"abc", true, 0, 0},
	}
	for _, tt := range tests {
		if got := charColumn(tt.line, tt.known, tt.byteCol); got != tt.want {
			t.Errorf("charColumn(%q, %v, %d) = %d, want %d", tt.line, tt.known, tt.byteCol, got, tt.want)
		}
	}
}

func TestSmallHelpers(t *testing.T) {
	for in, want := range map[string]string{"v1.2.3": "1.2.3", "0.1.0-rc.1+abc": "0.1.0-rc.1+abc", "dev": "", "(devel)": "", "1.2": ""} {
		if got := semver(in); got != want {
			t.Errorf("semver(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"CWE-89": "89", "cwe-1336: SSTI": "1336", "CWE-": "", "OWASP": ""} {
		if got, _ := cweNumber(in); got != want {
			t.Errorf("cweNumber(%q) = %q, want %q", in, got, want)
		}
	}
	if got := truncate("ab日本", 6); got != "ab"+truncMark {
		t.Errorf("truncate cut inside a rune: %q", got)
	}
	if got := artifact("dir with space/a#b.py").URI; got != "dir%20with%20space/a%23b.py" {
		t.Errorf("artifact uri = %q", got)
	}
	if got := artifact("c:weird.py").URI; got != "./c:weird.py" {
		t.Errorf("artifact uri with a colon = %q (must not read as a scheme)", got)
	}
}
