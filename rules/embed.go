// Package rules holds Vouch's built-in rule packs (Semgrep-syntax YAML with
// annotated test files beside each rule) and embeds them in the binary. It
// only exposes the files and loads them; compiling and running rules is
// sast's job.
package rules

import (
	"context"
	"embed"
	"fmt"
	"io/fs"

	"github.com/vouchsec/vouch/sast/rule"
)

// The test files are embedded too so `vouch rules test` can run the
// built-in tests from the binary.
//
//go:embed README.md all:python all:javascript all:java all:go
var files embed.FS

// Source is the Meta.Source of built-in rules.
const Source = "builtin"

// Dirs lists the rule pack directories, one per language family.
func Dirs() []string { return []string{"python", "javascript", "java", "go"} }

// FS returns the built-in rule packs: README.md and one directory per
// language family (Dirs), each with rule files and their test files.
func FS() fs.FS { return files }

// Load loads every built-in rule; their Meta.Source is "builtin" and their
// File is the path inside FS (e.g. "python/python.lang.weak-hash-md5.yaml").
func Load(ctx context.Context) ([]*rule.Rule, error) {
	rs, err := rule.LoadFS(ctx, files, ".")
	if err != nil {
		return nil, fmt.Errorf("built-in rules: %w", err)
	}
	for _, r := range rs {
		r.Meta.Source = Source
	}
	return rs, nil
}
