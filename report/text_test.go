package report

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestUnderline(t *testing.T) {
	tests := []struct {
		line       string
		start, end int
		want       string
	}{
		{"x = eval(s)", 5, 12, "    ^^^^^^^"},
		{"\tx = eval(s)", 6, 13, "\t    ^^^^^^^"},
		{"héllo(x)", 7, 9, "     ^^"}, // é is two bytes, one column
		{"abc", 2, 2, " ^"},           // empty range: one caret
		{"abc", 9, 12, "   ^"},        // past the end: clamped
		{"abc", 0, 0, "^"},
		{strings.Repeat("a", 10) + truncMark, 3, 40, "  ^^^^^^^^"},
	}
	for _, tt := range tests {
		if got := underline(tt.line, tt.start, tt.end); got != tt.want {
			t.Errorf("underline(%q, %d, %d) = %q, want %q", tt.line, tt.start, tt.end, got, tt.want)
		}
	}
}

func TestTextEmpty(t *testing.T) {
	got := string(render(t, "text", Options{}, emptyResult()))
	want := `No findings.

Summary
  Findings     0 findings: 0 critical, 0 high, 0 medium, 0 low, 0 info
  Scanned      0 files, 0 lines, 0 B
  Skipped      0 files
  Parse errors 0 files needed error recovery
  Suppressed   0 findings (vouch:ignore / nosemgrep)
  Rules run    0
  Time         walk 0ms, read 0ms, parse 0ms, match 0ms, total 0ms
`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestTextContent checks the parts of the sample report a reader relies on,
// independently of the golden file.
func TestTextContent(t *testing.T) {
	got := string(render(t, "text", Options{}, sampleResult()))
	for _, want := range []string{
		"app/views.py\n  HIGH     python.flask.sql-injection\n",
		"    at app/views.py:12:5\n",
		"    > 12 |     cursor.execute(\"SELECT * FROM users WHERE id = \" + uid)\n" +
			"         |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n",
		"      1. source: request.args at app/views.py:10:11: uid = request.args.get(\"id\")\n",
		"      3. sink: cursor.execute at app/views.py:12:5: ",
		"    Fix: Use SHA-256\n      -     return hashlib.md5(data).hexdigest()\n      +     return hashlib.sha256(data).hexdigest()\n",
		"    > 31 | \tlog.Printf(\"héllo wörld\"); resp, err := http.Get(target)\n" +
			"         | \t                                        ^^^^^^^^^^^^^^^^\n",
		"    > 7 |   res.redirect(\n    > 8 |     req.query.next\n    > 9 |   );\n",
		"  Findings     5 findings: 1 critical, 1 high, 1 medium, 1 low, 1 info\n",
		"    python     2 files, 800 lines, 1 parse error\n",
		"  Skipped      3 files: binary 1, minified 1, too-large 1\n",
		"  Suppressed   2 findings",
		"  Time         walk 3ms, read 1ms, parse 20ms, match 41ms, total 70ms\n",
		"Errors (2)\n  web/broken.js [sast]: matching timed out after 10s\n  data/huge.py: reading: permission denied\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("text report lacks %q", want)
		}
	}
	// Files appear once each, in order.
	var files []string
	for _, line := range strings.Split(got, "\n") {
		if line != "" && !strings.HasPrefix(line, " ") && strings.Contains(line, "/") {
			files = append(files, line)
		}
	}
	if diff := cmp.Diff([]string{"app/views.py", "cmd/server/main.go", "web/app.js", "web/util.ts"}, files); diff != "" {
		t.Errorf("file headers (-want +got):\n%s", diff)
	}
}

// TestTextNeutralisesControlCharacters: scanned code must not be able to
// send escape sequences to the terminal of the person reading the report.
func TestTextNeutralisesControlCharacters(t *testing.T) {
	res := sampleResult()
	res.Findings[0].Range.Snippet = "    x = \"\x1b[2J\x1b]0;pwned\x07\" + uid"
	res.Findings[0].Message = "bad\x1b[31m message\r"
	res.Errors[0].Message = "oops\x1b[1A"
	for _, color := range []bool{false, true} {
		out := string(render(t, "text", Options{Color: color}, res))
		stripped := ansiRE.ReplaceAllString(out, "")
		if strings.ContainsAny(stripped, "\x1b\x07\r") {
			t.Errorf("color=%v: control characters from the scanned code reached the output:\n%q", color, stripped)
		}
	}
	if got := clean("a\x1bb\tc\u009bd"); got != "a\uFFFDb\tc\uFFFDd" {
		t.Errorf("clean = %q", got)
	}
}
