// Package finding holds the types every analyzer and report shares: rule
// metadata, findings, severities, ranges, traces, fixes and fingerprints.
// It does no I/O and knows nothing about how findings are produced.
package finding

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
)

// Kind says which analyzer family produced a finding.
type Kind string

// The finding kinds of DESIGN.md.
const (
	KindCode       Kind = "code"
	KindDependency Kind = "dependency"
	KindSecret     Kind = "secret"
	KindAgentRisk  Kind = "agent-risk"
	KindIaC        Kind = "iac"
	KindDynamic    Kind = "dynamic"
	KindPolicy     Kind = "policy"
)

// Position is a 1-based line and column; the column counts bytes.
type Position struct {
	Line   int `json:"line"`
	Column int `json:"column"`
}

// Less orders positions top to bottom, left to right.
func (p Position) Less(q Position) bool {
	if p.Line != q.Line {
		return p.Line < q.Line
	}
	return p.Column < q.Column
}

// Range is a span of one file. Path is slash-separated and relative to the
// scan target. StartByte/EndByte are offsets into the file content.
type Range struct {
	Path      string   `json:"path"`
	Start     Position `json:"start"`
	End       Position `json:"end"`
	StartByte int      `json:"start_byte"`
	EndByte   int      `json:"end_byte"`
	// Snippet is the source text of the lines the range covers (trimmed to a
	// bounded length), with secrets already redacted by the producer.
	Snippet string `json:"snippet,omitempty"`
}

// Step is one location of a trace, e.g. a taint path from source to sink.
type Step struct {
	Range   Range  `json:"range"`
	Message string `json:"message"`
}

// TextEdit replaces the bytes [StartByte, EndByte) of Path with NewText.
type TextEdit struct {
	Path      string   `json:"path"`
	StartByte int      `json:"start_byte"`
	EndByte   int      `json:"end_byte"`
	Start     Position `json:"start"`
	End       Position `json:"end"`
	NewText   string   `json:"new_text"`
}

// Fix is a set of edits that together resolve a finding.
type Fix struct {
	Description string     `json:"description"`
	Edits       []TextEdit `json:"edits"`
}

// Rule is the static metadata of a check, shared by all its findings.
type Rule struct {
	ID          string     `json:"id"`
	Kind        Kind       `json:"kind"`
	Languages   []string   `json:"languages,omitempty"`
	Severity    Severity   `json:"severity"`
	Confidence  Confidence `json:"confidence"`
	CWE         []string   `json:"cwe,omitempty"`   // "CWE-89"
	OWASP       []string   `json:"owasp,omitempty"` // "A03:2021 - Injection"
	Title       string     `json:"title"`           // one line, no metavariables
	Explanation string     `json:"explanation,omitempty"`
	References  []string   `json:"references,omitempty"`
	Source      string     `json:"source,omitempty"` // "builtin" or the rule file path
}

// Finding is one reported problem.
type Finding struct {
	RuleID      string         `json:"rule_id"`
	Kind        Kind           `json:"kind"`
	Severity    Severity       `json:"severity"`
	Confidence  Confidence     `json:"confidence"`
	CWE         []string       `json:"cwe,omitempty"`
	OWASP       []string       `json:"owasp,omitempty"`
	Message     string         `json:"message"`
	Range       Range          `json:"range"`
	Trace       []Step         `json:"trace,omitempty"`
	Fixes       []Fix          `json:"fixes,omitempty"`
	Fingerprint string         `json:"fingerprint"`
	Detail      map[string]any `json:"detail,omitempty"`
	Provenance  *Provenance    `json:"provenance,omitempty"`
}

// Provenance says who or what wrote the code of a finding, when known.
type Provenance struct {
	Commit string `json:"commit,omitempty"`
	Author string `json:"author,omitempty"`
	Agent  string `json:"agent,omitempty"`
	Model  string `json:"model,omitempty"`
	Record string `json:"record,omitempty"`
}

// Fingerprint derives a stable identity from the rule, the path and the
// normalised code context (whitespace collapsed), not from line numbers, so
// a finding keeps its fingerprint when code above it moves. occurrence
// separates identical contexts in one file (0 for the first).
func Fingerprint(ruleID, path, context string, occurrence int) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%d", ruleID, path, strings.Join(strings.Fields(context), " "), occurrence)
	return hex.EncodeToString(h.Sum(nil))[:32]
}
