package scan

import (
	"time"

	"github.com/vouchsec/vouch/finding"
)

// SchemaVersion is the version of the JSON report schema (docs/json-schema.md).
// Bump the minor version for additions, the major version for changes.
const SchemaVersion = "1.0.0"

// Result is the canonical report of one scan; its JSON encoding is the
// versioned schema every other format and the server derive from.
type Result struct {
	SchemaVersion string            `json:"schema_version"`
	Tool          Tool              `json:"tool"`
	Target        string            `json:"target"` // the scanned path as given
	StartedAt     time.Time         `json:"started_at"`
	Findings      []finding.Finding `json:"findings"`
	// Rules holds the metadata of every rule that has a finding, sorted by ID.
	Rules  []finding.Rule `json:"rules"`
	Errors []FileError    `json:"errors"`
	Stats  Stats          `json:"stats"`
}

// Tool identifies the producer.
type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// FileError is a failure confined to one file or one analyzer.
type FileError struct {
	Path     string `json:"path"`
	Analyzer string `json:"analyzer,omitempty"`
	Message  string `json:"message"`
}

// Stats describes what the scan covered and where its time went.
type Stats struct {
	Files      int                      `json:"files"` // files analyzed
	Lines      int                      `json:"lines"`
	Bytes      int64                    `json:"bytes"`
	Languages  map[string]LanguageStats `json:"languages"`
	Skipped    []SkippedFile            `json:"skipped"`     // files left out, with the reason
	SkipCounts map[string]int           `json:"skip_counts"` // reason -> count
	// ParseErrors counts files whose parse needed error recovery.
	ParseErrors int `json:"parse_errors"`
	// Suppressed counts findings hidden by inline vouch:ignore / nosemgrep.
	Suppressed int `json:"suppressed"`
	// Duplicates counts findings dropped because the same rule already
	// reported the same place.
	Duplicates int    `json:"duplicates"`
	RulesRun   int    `json:"rules_run"`
	Timing     Timing `json:"timing"`
}

// LanguageStats is per-language coverage.
type LanguageStats struct {
	Files       int `json:"files"`
	Lines       int `json:"lines"`
	ParseErrors int `json:"parse_errors"` // files of this language needing error recovery
}

// SkippedFile is one file the walk or the driver left out.
type SkippedFile struct {
	Path   string `json:"path"`
	Reason string `json:"reason"` // e.g. "too-large", "binary", "minified", "ignored", "symlink-outside-target"
}

// Timing is cumulative wall time per phase, in milliseconds. Parse and
// match are summed over workers, so with N jobs they can exceed Total.
type Timing struct {
	WalkMS  int64 `json:"walk_ms"`
	ReadMS  int64 `json:"read_ms"`
	ParseMS int64 `json:"parse_ms"`
	MatchMS int64 `json:"match_ms"`
	TotalMS int64 `json:"total_ms"`
}

// Progress is reported while the scan runs.
type Progress struct {
	FilesDone  int
	FilesTotal int // 0 while the walk is still discovering files
	Path       string
}

// Handler receives a scan's progress and its result. Report writers
// (text, json, sarif) implement it.
type Handler interface {
	Progress(Progress)
	Result(*Result) error
}
