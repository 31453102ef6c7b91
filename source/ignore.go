package source

import (
	"bufio"
	"bytes"
	"strings"
)

// Pattern is one compiled gitignore line.
type Pattern struct {
	Line    string // the source line, for debugging
	Negate  bool   // "!pattern": re-include
	DirOnly bool   // "pattern/": matches directories only
	// Anchored patterns (a '/' at the start or in the middle) match paths
	// relative to the ignore file's directory; the others match a name at
	// any level below it.
	Anchored bool

	g *glob
	// Fast paths for the most common lines; kind selects one.
	kind    patKind
	literal string
}

type patKind uint8

const (
	patGlob   patKind = iota
	patName           // unanchored literal name: "node_modules"
	patSuffix         // unanchored "*" + literal: "*.pyc"
)

// ParsePattern compiles one line of a .gitignore file following git's
// documented rules (gitignore(5)): blank lines and "#" comments match
// nothing (ok is false); trailing spaces are dropped unless escaped with a
// backslash; "!" negates; a trailing "/" matches directories only; a "/" at
// the start or in the middle anchors the pattern to the file's directory;
// "*", "?", "[...]" do not match "/"; "**/" leading, "/**" trailing and
// "/**/" inner match any number of directories, other "**" are plain "*";
// a backslash quotes the next character. A trailing carriage return is
// dropped so that CRLF files work.
func ParsePattern(line string) (p Pattern, ok bool) {
	p.Line = line
	s := strings.TrimSuffix(line, "\r")
	if s == "" || s[0] == '#' {
		return p, false
	}
	s = trimTrailingSpaces(s)
	if s == "" {
		return p, false
	}
	if s[0] == '!' {
		p.Negate = true
		s = s[1:]
	}
	for strings.HasSuffix(s, "/") && !strings.HasSuffix(s, "\\/") {
		p.DirOnly = true
		s = s[:len(s)-1]
	}
	if strings.Contains(s, "/") {
		p.Anchored = true
		s = strings.TrimLeft(s, "/")
	}
	if s == "" {
		return p, false
	}
	switch {
	case !p.Anchored && !strings.ContainsAny(s, `*?[\`):
		p.kind, p.literal = patName, s
	case !p.Anchored && s[0] == '*' && len(s) > 1 && !strings.ContainsAny(s[1:], `*?[\`):
		p.kind, p.literal = patSuffix, s[1:]
	default:
		p.g = compileGlob(s, !p.Anchored)
	}
	return p, true
}

// trimTrailingSpaces drops trailing spaces that are not backslash-escaped.
func trimTrailingSpaces(s string) string {
	end := len(s)
	for end > 0 && s[end-1] == ' ' {
		// Count the backslashes before this space.
		bs := 0
		for j := end - 2; j >= 0 && s[j] == '\\'; j-- {
			bs++
		}
		if bs%2 == 1 {
			break // escaped: keep it (the glob unescapes it)
		}
		end--
	}
	return s[:end]
}

// Match reports whether the pattern matches rel, a slash-separated path
// relative to the ignore file's directory. It ignores Negate: callers use
// it to decide which way the match goes.
func (p *Pattern) Match(rel string, isDir bool) bool {
	if p.DirOnly && !isDir {
		return false
	}
	switch p.kind {
	case patName:
		return baseName(rel) == p.literal
	case patSuffix:
		return strings.HasSuffix(baseName(rel), p.literal)
	}
	return p.g.match(rel)
}

func baseName(rel string) string {
	if i := strings.LastIndexByte(rel, '/'); i >= 0 {
		return rel[i+1:]
	}
	return rel
}

// List is the patterns of one ignore file (or of --exclude/--include), in
// order; the last matching pattern decides.
type List struct {
	Patterns []Pattern
}

// ParseList compiles the lines of an ignore file.
func ParseList(data []byte) *List {
	l := &List{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 4096), len(data)+1)
	for sc.Scan() {
		if p, ok := ParsePattern(sc.Text()); ok {
			l.Patterns = append(l.Patterns, p)
		}
	}
	return l
}

// CompileList compiles globs given on the command line.
func CompileList(globs []string) *List {
	l := &List{}
	for _, g := range globs {
		if p, ok := ParsePattern(g); ok {
			l.Patterns = append(l.Patterns, p)
		}
	}
	return l
}

// Decide returns whether the last pattern matching rel says "ignored"
// (matched true, ignored true), "re-included" (matched true, ignored
// false), or that no pattern matched (matched false).
func (l *List) Decide(rel string, isDir bool) (ignored, matched bool) {
	if l == nil {
		return false, false
	}
	for i := len(l.Patterns) - 1; i >= 0; i-- {
		p := &l.Patterns[i]
		if p.Match(rel, isDir) {
			return !p.Negate, true
		}
	}
	return false, false
}
