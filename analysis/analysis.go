// Package analysis defines the contract between the scan driver and the
// analyzers: an Analyzer is a value with static metadata and a Run function
// that receives a narrow Pass (one file, its shared syntax tree, a way to
// report). Analyzers do no I/O of their own and hold no globals. The model
// is golang.org/x/tools/go/analysis.
package analysis

import (
	"context"

	"github.com/vouchsec/vouch/finding"
	"github.com/vouchsec/vouch/sast/ast"
)

// File is one file of the scan target, read once.
type File struct {
	Path     string // slash-separated, relative to the scan root
	Language string // sast/lang name ("python", "tsx", ...) or "" when unknown
	Content  []byte
	// Tree is the parsed file, shared by every analyzer; nil when the
	// language has no parser or no analyzer asked for one.
	Tree *ast.Tree
}

// Pass is what an analyzer sees of one file.
type Pass struct {
	File *File
	// Report records a finding. Range.Path, Snippet and Fingerprint are
	// filled in by the driver when left empty.
	Report func(finding.Finding)
}

// Analyzer is one static analyzer.
type Analyzer struct {
	Name    string // short, lower-case: "sast"
	Version string // bumps invalidate caches
	Doc     string
	// Wants reports whether the analyzer looks at a file; called before
	// the file is parsed.
	Wants func(f *File) bool
	// NeedsTree: the driver parses a wanted file before Run.
	NeedsTree bool
	// Rules lists the rules the analyzer can report, for reports and
	// `vouch rules list`.
	Rules []finding.Rule
	// Run analyzes one file. It must honour ctx and must not retain pass.
	// An error is recorded in the report for this file and the scan goes on.
	Run func(ctx context.Context, pass *Pass) error
}
