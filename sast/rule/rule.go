// Package rule holds Vouch's in-memory form of Semgrep-syntax rules and
// loads them from YAML with strict validation: an unknown key or an
// unsupported construct is an error naming the file, the rule and the key.
// It compiles no patterns and matches nothing.
package rule

import "github.com/vouchsec/vouch/finding"

// Mode is a rule's matching mode.
type Mode string

// Modes.
const (
	ModeSearch Mode = "search"
	ModeTaint  Mode = "taint"
)

// Op is the operator of a Formula node.
type Op int

// Formula operators. OpPattern, OpRegex and OpNotRegex are leaves; OpAnd
// is `patterns`, OpOr is `pattern-either`; OpNot, OpInside and
// OpNotInside wrap exactly one child (a leaf `pattern-not: P` becomes
// OpNot{OpPattern P}).
const (
	OpPattern Op = iota + 1
	OpRegex
	OpNotRegex
	OpAnd
	OpOr
	OpNot
	OpInside
	OpNotInside
)

// Formula is a tree of pattern operators.
type Formula struct {
	Op       Op
	Pattern  string     // OpPattern: code pattern; OpRegex/OpNotRegex: regular expression
	Children []*Formula // OpAnd, OpOr: operands; OpNot, OpInside, OpNotInside: one operand
	// Conditions filter an OpAnd's matches by metavariable
	// (metavariable-regex, -pattern, -comparison), in order.
	Conditions []*Condition
	// Focus lists focus-metavariable names of an OpAnd, in order.
	Focus []string
	Line  int // line in the rule file, for errors
}

// ConditionKind says which metavariable-* operator a Condition is.
type ConditionKind int

// Condition kinds.
const (
	CondRegex ConditionKind = iota + 1
	CondPattern
	CondComparison
)

// Condition is one metavariable-* filter.
type Condition struct {
	Kind         ConditionKind
	Metavariable string   // "$X"; empty for a comparison that names several
	Regex        string   // CondRegex
	Formula      *Formula // CondPattern: patterns over the bound text/code
	Language     string   // CondPattern: optional language of Formula ("generic" = regex only)
	Comparison   string   // CondComparison: expression such as "$X > 1024"
	Base         int      // CondComparison: integer base for bound text (0 = auto)
	Strip        bool     // CondComparison: strip quotes from bound strings
	Line         int
}

// TaintItem is one source, sink, sanitizer or propagator.
type TaintItem struct {
	Formula *Formula
	// ByInside (sanitizers): also sanitizes everything inside a match.
	ByInside bool
	// Exact (sources/sinks): only the exact match, not subexpressions.
	Exact bool
	// Propagators: data flows from From to To (metavariable names).
	From, To string
	Label    string
	Requires string
	// BySideEffect is Semgrep's by-side-effect: "" (false), "true" or
	// "only". A source/sanitizer/propagator with it taints (or cleans) the
	// matched l-value for the code that follows.
	BySideEffect string
	Line         int // line in the rule file, for errors
}

// Taint is a taint-mode rule's specification.
type Taint struct {
	Sources     []*TaintItem
	Sinks       []*TaintItem
	Sanitizers  []*TaintItem
	Propagators []*TaintItem
}

// Rule is one loaded rule.
type Rule struct {
	ID        string
	Message   string // may contain $X metavariable references
	Languages []string
	Mode      Mode
	Formula   *Formula // ModeSearch
	Taint     *Taint   // ModeTaint
	Fix       string   // fix template with metavariable references, or ""
	FixRegex  *FixRegex
	Paths     Paths
	Meta      finding.Rule // severity, confidence, CWE, OWASP, explanation, references
	// Options are Semgrep `options:` this engine honours (others are errors).
	Options map[string]any
	File    string // where the rule was loaded from
	Line    int
	// Metadata is the rule's free-form `metadata:` map as decoded from
	// YAML (the fields Vouch understands are also parsed into Meta).
	Metadata map[string]any
}

// FixRegex is Semgrep's regex-based fix.
type FixRegex struct {
	Regex       string
	Replacement string
	Count       int
}

// Paths limits a rule to some files (gitignore-style globs).
type Paths struct {
	Include, Exclude []string
}
