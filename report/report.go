// Package report owns the report writers: scan.Handler implementations
// that render a finished scan.Result as text (for people), JSON (the
// canonical, versioned form, see docs/json-schema.md) or SARIF 2.1.0 (for
// code-scanning platforms such as GitHub).
//
// Writers only format what the driver produced: they do not sort, filter,
// deduplicate or re-read source files, and they do no I/O besides writing
// to the io.Writer they were given.
package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/vouchsec/vouch/scan"
)

// DefaultToolURI is the informationUri written into SARIF reports when
// Options.ToolURI is empty.
const DefaultToolURI = "https://github.com/vouchsec/vouch"

// Options configure a writer.
type Options struct {
	// Color enables ANSI colour in the text report; the CLI sets it when
	// the output is a terminal. Other formats ignore it.
	Color bool
	// ToolURI is the tool's information URI in SARIF; DefaultToolURI if empty.
	ToolURI string
}

type writerKind struct {
	name string
	make func(w io.Writer, opts Options) scan.Handler
}

// writers lists the formats in the order Formats reports them.
func writers() []writerKind {
	return []writerKind{
		{"text", func(w io.Writer, opts Options) scan.Handler { return &textWriter{w: w, color: opts.Color} }},
		{"json", func(w io.Writer, _ Options) scan.Handler { return &jsonWriter{w: w} }},
		{"sarif", func(w io.Writer, opts Options) scan.Handler { return newSARIFWriter(w, opts) }},
	}
}

// Formats returns the names New accepts.
func Formats() []string {
	ws := writers()
	names := make([]string, len(ws))
	for i, f := range ws {
		names[i] = f.name
	}
	return names
}

// New returns the writer for format ("text", "json" or "sarif"), writing
// to w when the scan's result arrives.
func New(format string, w io.Writer, opts Options) (scan.Handler, error) {
	for _, f := range writers() {
		if f.name == format {
			return f.make(w, opts), nil
		}
	}
	return nil, fmt.Errorf("unknown report format %q (valid formats: %s)", format, strings.Join(Formats(), ", "))
}
