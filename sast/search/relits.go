package search

import (
	"regexp"
	"regexp/syntax"
	"strings"
)

// Prefilter literals of regexes. A pattern-regex match, and the code a
// metavariable-regex accepts, are text of the file, so a string every
// match of the regex contains must be in the file.

const (
	// maxExact bounds the finite string sets computed for a sub-regex.
	maxExact = 16
	// minLit is the shortest literal worth searching for.
	minLit = 3
)

// FoldMark prefixes a prefilter literal (Query.Literals) that is to be
// searched for case-insensitively: the rest of the string is lower-case
// ASCII and must occur in the file text with ASCII letters lower-cased
// (and U+017F and U+212A, which (?i) also matches for s and k, mapped to
// them).
const FoldMark = "(?i)"

// regexLiterals returns strings at least one of which every match of re
// contains, or nil when there is no such useful set (classes only,
// literals shorter than minLit). When re has case-insensitive parts the
// strings are lower-cased and marked with FoldMark.
func regexLiterals(re *regexp.Regexp) []string {
	if re == nil {
		return nil
	}
	t, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return nil
	}
	t = t.Simplify()
	set, ok := required(t, 0)
	if !ok {
		return nil
	}
	if foldCase(t, 0) {
		var out []string
		for _, s := range set {
			if !isASCII(s) {
				return nil
			}
			out = appendNew(out, FoldMark+strings.ToLower(s))
		}
		return out
	}
	return set
}

// foldCase reports whether r has a case-insensitive literal.
func foldCase(r *syntax.Regexp, depth int) bool {
	if depth > 50 {
		return true
	}
	if r.Op == syntax.OpLiteral && r.Flags&syntax.FoldCase != 0 {
		return true
	}
	for _, s := range r.Sub {
		if foldCase(s, depth+1) {
			return true
		}
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// required returns a set of strings one of which every match of r
// contains (each at least minLit long).
func required(r *syntax.Regexp, depth int) ([]string, bool) {
	if depth > 50 {
		return nil, false
	}
	if set, ok := exact(r, depth); ok {
		return usable(set)
	}
	switch r.Op {
	case syntax.OpCapture:
		return required(r.Sub[0], depth+1)
	case syntax.OpPlus:
		return required(r.Sub[0], depth+1)
	case syntax.OpRepeat:
		if r.Min >= 1 {
			return required(r.Sub[0], depth+1)
		}
	case syntax.OpAlternate:
		var out []string
		for _, s := range r.Sub {
			set, ok := required(s, depth+1)
			if !ok {
				return nil, false
			}
			out = appendNew(out, set...)
		}
		return out, true
	case syntax.OpConcat:
		// runs of children with finite string sets are multiplied out
		// (a/(b|c) -> ab, ac); the most selective candidate wins
		var best []string
		found := false
		consider := func(set []string, ok bool) {
			if ok && (!found || score(set) > score(best)) {
				best, found = set, true
			}
		}
		var run []string
		inRun := false
		flush := func() {
			if inRun {
				consider(usable(run))
			}
			run, inRun = nil, false
		}
		for _, s := range r.Sub {
			set, ok := exact(s, depth+1)
			if ok {
				switch p := product(run, set); {
				case !inRun:
					run, inRun = set, true
				case p != nil:
					run = p
				default: // too many strings: end the run here
					consider(usable(run))
					run = set
				}
				continue
			}
			flush()
			consider(required(s, depth+1))
		}
		flush()
		return best, found
	}
	return nil, false
}

// exact returns the finite set of strings r matches, if small.
func exact(r *syntax.Regexp, depth int) ([]string, bool) {
	if depth > 50 {
		return nil, false
	}
	switch r.Op {
	case syntax.OpLiteral:
		// a case-insensitive literal stands for its lower-case form:
		// regexLiterals then searches every string case-insensitively
		if r.Flags&syntax.FoldCase != 0 {
			return []string{strings.ToLower(string(r.Rune))}, true
		}
		return []string{string(r.Rune)}, true
	case syntax.OpEmptyMatch, syntax.OpBeginText, syntax.OpEndText, syntax.OpBeginLine, syntax.OpEndLine,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []string{""}, true
	case syntax.OpCapture:
		return exact(r.Sub[0], depth+1)
	case syntax.OpQuest:
		set, ok := exact(r.Sub[0], depth+1)
		if !ok {
			return nil, false
		}
		return appendNew([]string{""}, set...), true
	case syntax.OpCharClass:
		// a small class of plain characters (["'], [/"'])
		var out []string
		for i := 0; i+1 < len(r.Rune); i += 2 {
			for c := r.Rune[i]; c <= r.Rune[i+1]; c++ {
				if len(out) >= 4 {
					return nil, false
				}
				out = append(out, string(c))
			}
		}
		return out, len(out) > 0
	case syntax.OpAlternate:
		var out []string
		for _, s := range r.Sub {
			set, ok := exact(s, depth+1)
			if !ok {
				return nil, false
			}
			out = appendNew(out, set...)
			if len(out) > maxExact {
				return nil, false
			}
		}
		return out, true
	case syntax.OpConcat:
		out := []string{""}
		for _, s := range r.Sub {
			set, ok := exact(s, depth+1)
			if !ok {
				return nil, false
			}
			if out = product(out, set); out == nil {
				return nil, false
			}
		}
		return out, true
	}
	return nil, false
}

// product returns every a+b, or nil when there would be too many.
func product(as, bs []string) []string {
	if len(as)*len(bs) > maxExact {
		return nil
	}
	out := make([]string, 0, len(as)*len(bs))
	for _, a := range as {
		for _, b := range bs {
			out = appendNew(out, a+b)
		}
	}
	return out
}

// usable keeps a set only if every string is long enough to search for.
func usable(set []string) ([]string, bool) {
	if len(set) == 0 {
		return nil, false
	}
	for _, s := range set {
		if len(s) < minLit {
			return nil, false
		}
	}
	return set, true
}

func appendNew(out []string, ss ...string) []string {
	for _, s := range ss {
		dup := false
		for _, x := range out {
			if x == s {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, s)
		}
	}
	return out
}
