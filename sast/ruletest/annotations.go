package ruletest

import (
	"strings"
)

// Kind is an annotation kind.
type Kind int

// Annotation kinds. deepruleid/deepok are read as ruleid/ok.
const (
	RuleID Kind = iota + 1
	OK
	TodoRuleID
	TodoOK
)

// annotationKinds maps the annotation keyword (lower case) to its kind.
func annotationKinds() map[string]Kind {
	return map[string]Kind{
		"ruleid": RuleID, "deepruleid": RuleID,
		"ok": OK, "deepok": OK,
		"todoruleid": TodoRuleID, "todook": TodoOK,
	}
}

// Annotation says what is expected of one rule on one line.
type Annotation struct {
	Kind   Kind
	RuleID string
	Line   int // 1-based line the annotation applies to
	At     int // 1-based line of the annotation comment itself
}

// ParseAnnotations finds Semgrep test annotations in source text: comment
// lines (#, //, /* */, <!-- -->) holding only `ruleid: a, b`, `ok: a`,
// `todoruleid: a` or `todook: a` (deepruleid/deepok count as ruleid/ok).
// An annotation applies to the next line that is not itself an
// annotation line. An annotation trailing code on the same line is not
// recognised (Semgrep does not either).
func ParseAnnotations(src string) []Annotation {
	lines := strings.Split(src, "\n")
	var out []Annotation
	var pending []Annotation
	for i, line := range lines {
		anns := lineAnnotations(line)
		if anns != nil {
			for _, a := range anns {
				a.At = i + 1
				pending = append(pending, a)
			}
			continue
		}
		for _, a := range pending {
			a.Line = i + 1
			out = append(out, a)
		}
		pending = pending[:0]
	}
	return out
}

// lineAnnotations returns the annotations of an annotation-only comment
// line, or nil when the line is anything else.
func lineAnnotations(line string) []Annotation {
	s := strings.TrimSpace(line)
	switch {
	case strings.HasPrefix(s, "//"):
		s = s[2:]
	case strings.HasPrefix(s, "#"):
		s = s[1:]
	case strings.HasPrefix(s, "/*"):
		s = strings.TrimSuffix(s[2:], "*/")
	case strings.HasPrefix(s, "<!--"):
		s = strings.TrimSuffix(s[4:], "-->")
	case strings.HasPrefix(s, "{/*"): // JSX comment
		s = strings.TrimSuffix(s[3:], "*/}")
	default:
		return nil
	}
	s = strings.TrimSpace(s)
	colon := strings.IndexByte(s, ':')
	if colon <= 0 {
		return nil
	}
	kind, ok := annotationKinds()[strings.ToLower(strings.TrimSpace(s[:colon]))]
	if !ok {
		return nil
	}
	var out []Annotation
	for _, id := range strings.Split(s[colon+1:], ",") {
		id = strings.TrimSpace(id)
		if f := strings.Fields(id); len(f) > 0 {
			id = f[0] // "ok: rule-id some explanation"
		}
		if id != "" {
			out = append(out, Annotation{Kind: kind, RuleID: id})
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
