package report

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/vouchsec/vouch/finding"
	"github.com/vouchsec/vouch/scan"
)

// jsonWriter writes the canonical JSON report: scan.Result as is, indented
// by two spaces. Output is deterministic because the driver sorts findings,
// rules, errors and skipped files, and encoding/json sorts map keys.
type jsonWriter struct{ w io.Writer }

func (*jsonWriter) Progress(scan.Progress) {}

func (j *jsonWriter) Result(res *scan.Result) error {
	r := normalize(res)
	enc := json.NewEncoder(j.w)
	enc.SetIndent("", "  ")
	// Code snippets are full of < > &; keep them readable.
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("writing json report: %w", err)
	}
	return nil
}

// normalize returns a shallow copy of res in which every array and map the
// schema requires is non-nil, so it encodes as [] or {} rather than null.
func normalize(res *scan.Result) *scan.Result {
	r := *res
	if r.Findings == nil {
		r.Findings = []finding.Finding{}
	}
	if r.Rules == nil {
		r.Rules = []finding.Rule{}
	}
	if r.Errors == nil {
		r.Errors = []scan.FileError{}
	}
	if r.Stats.Languages == nil {
		r.Stats.Languages = map[string]scan.LanguageStats{}
	}
	if r.Stats.Skipped == nil {
		r.Stats.Skipped = []scan.SkippedFile{}
	}
	if r.Stats.SkipCounts == nil {
		r.Stats.SkipCounts = map[string]int{}
	}
	return &r
}
