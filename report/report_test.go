package report

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFormats(t *testing.T) {
	if diff := cmp.Diff([]string{"text", "json", "sarif"}, Formats()); diff != "" {
		t.Errorf("Formats (-want +got):\n%s", diff)
	}
	for _, f := range Formats() {
		if h, err := New(f, &bytes.Buffer{}, Options{}); err != nil || h == nil {
			t.Errorf("New(%q) = %v, %v", f, h, err)
		}
	}
	_, err := New("xml", &bytes.Buffer{}, Options{})
	if err == nil {
		t.Fatal("New(xml) succeeded")
	}
	for _, f := range append(Formats(), `"xml"`) {
		if !strings.Contains(err.Error(), f) {
			t.Errorf("error %q does not mention %s", err, f)
		}
	}
}

func TestGolden(t *testing.T) {
	tests := []struct {
		name, format string
		opts         Options
	}{
		{"text.golden", "text", Options{}},
		{"text-color.golden", "text", Options{Color: true}},
		{"json.golden", "json", Options{}},
		{"sarif.golden", "sarif", Options{ToolURI: "https://example.com/vouch"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			golden(t, tt.name, render(t, tt.format, tt.opts, sampleResult()))
		})
	}
}

// errWriter fails every write.
type errWriter struct{}

func (errWriter) Write([]byte) (int, error) { return 0, errWrite }

var errWrite = &writeError{}

type writeError struct{}

func (*writeError) Error() string { return "disk full" }

func TestWriteErrorsAreReturned(t *testing.T) {
	for _, f := range Formats() {
		h, err := New(f, errWriter{}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := h.Result(sampleResult()); err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("%s: Result error = %v, want the write error", f, err)
		}
	}
}

// TestDeterministic renders every format twice; map iteration order must
// not leak into the output.
func TestDeterministic(t *testing.T) {
	for _, f := range Formats() {
		a := render(t, f, Options{Color: true}, sampleResult())
		for range 5 {
			if b := render(t, f, Options{Color: true}, sampleResult()); !bytes.Equal(a, b) {
				t.Fatalf("%s output differs between runs", f)
			}
		}
	}
}

var ansiRE = regexp.MustCompile("\x1b\\[[0-9;]*m")

func TestTextColor(t *testing.T) {
	plain := render(t, "text", Options{}, sampleResult())
	if bytes.Contains(plain, []byte("\x1b")) {
		t.Error("text without Color contains escape codes")
	}
	colored := render(t, "text", Options{Color: true}, sampleResult())
	if !bytes.Contains(colored, []byte("\x1b[1m\x1b[35mCRITICAL")) {
		t.Error("critical severity is not coloured")
	}
	// Colour only decorates: without the codes the reports are identical.
	if diff := cmp.Diff(string(plain), ansiRE.ReplaceAllString(string(colored), "")); diff != "" {
		t.Errorf("coloured text minus escapes differs from plain text (-plain +stripped):\n%s", diff)
	}
}
