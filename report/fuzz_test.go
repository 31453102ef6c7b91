package report

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/vouchsec/vouch/finding"
)

// FuzzWriters feeds hostile snippets, messages and positions (the parts of
// a finding that come from scanned code) to every writer: none may panic,
// and the JSON formats must stay valid JSON.
func FuzzWriters(f *testing.F) {
	f.Add("x = eval(s)", "msg", 1, 5, 1, 12, "y")
	f.Add("héllo\n\twörld…", "", 2, 3, 1, 0, "")
	f.Add("\xff\xfe", "\x00", -3, -1, 99, 1<<30, "\n")
	f.Add("", "m", 0, 0, 0, 0, "z")
	f.Fuzz(func(t *testing.T, snippet, msg string, sl, sc, el, ec int, newText string) {
		r := finding.Range{Path: "a/b.py", Start: finding.Position{Line: sl, Column: sc}, End: finding.Position{Line: el, Column: ec},
			StartByte: sc, EndByte: ec, Snippet: snippet}
		res := emptyResult()
		res.Findings = []finding.Finding{{
			RuleID: "r", Kind: finding.KindCode, Severity: finding.SeverityHigh, Confidence: finding.ConfidenceLow,
			Message: msg, Range: r, Trace: []finding.Step{{Range: r, Message: msg}},
			Fixes: []finding.Fix{{Edits: []finding.TextEdit{{Path: "a/b.py", Start: r.Start, End: r.End, StartByte: sc, EndByte: ec, NewText: newText}}}},
		}}
		for _, format := range Formats() {
			var buf bytes.Buffer
			h, err := New(format, &buf, Options{Color: true})
			if err != nil {
				t.Fatal(err)
			}
			if err := h.Result(res); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			if format != "text" && !json.Valid(buf.Bytes()) {
				t.Fatalf("%s output is not valid JSON", format)
			}
		}
	})
}
