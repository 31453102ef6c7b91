package source

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// The cases come from gitignore(5) and git's t3070-wildmatch tests.
func TestPatternMatch(t *testing.T) {
	type tc struct {
		pattern string
		path    string
		isDir   bool
		want    bool
	}
	cases := []tc{
		// "foo" matches a file or directory at any level.
		{"foo", "foo", false, true},
		{"foo", "a/b/foo", false, true},
		{"foo", "a/foo", true, true},
		{"foo", "foobar", false, false},
		{"foo", "afoo", false, false},
		// Trailing "/" only matches directories: "frotz/" matches frotz and a/frotz dirs.
		{"frotz/", "frotz", true, true},
		{"frotz/", "a/frotz", true, true},
		{"frotz/", "frotz", false, false},
		// "doc/frotz/" matches doc/frotz but not a/doc/frotz (anchored by the inner slash).
		{"doc/frotz/", "doc/frotz", true, true},
		{"doc/frotz/", "a/doc/frotz", true, false},
		{"doc/frotz", "doc/frotz", false, true},
		{"doc/frotz", "a/doc/frotz", false, false},
		// Leading slash anchors.
		{"/foo", "foo", false, true},
		{"/foo", "a/foo", false, false},
		{"/*.c", "cat-file.c", false, true},
		{"/*.c", "mozilla-sha1/sha1.c", false, false},
		// "*" does not cross "/": "foo/*" matches foo/test.json, not foo/bar/hello.c.
		{"foo/*", "foo/test.json", false, true},
		{"foo/*", "foo/bar", true, true},
		{"foo/*", "foo/bar/hello.c", false, false},
		// Leading "**/": any level.
		{"**/foo", "foo", false, true},
		{"**/foo", "x/y/foo", true, true},
		{"**/foo/bar", "foo/bar", false, true},
		{"**/foo/bar", "a/foo/bar", false, true},
		{"**/foo/bar", "a/foo/x/bar", false, false},
		// Trailing "/**": everything inside, not the directory itself.
		{"abc/**", "abc/x", false, true},
		{"abc/**", "abc/x/y/z", false, true},
		{"abc/**", "abc", true, false},
		{"abc/**", "x/abc/y", false, false},
		// "/**/": zero or more directories.
		{"a/**/b", "a/b", false, true},
		{"a/**/b", "a/x/b", false, true},
		{"a/**/b", "a/x/y/b", false, true},
		{"a/**/b", "a/xb", false, false},
		{"a/**/b", "ab", false, false},
		// Other "**" are plain "*".
		{"a**b", "axxb", false, true},
		{"a**b", "ax/b", false, false},
		{"**", "anything/at/all", false, true},
		// "?" and brackets.
		{"?.py", "a.py", false, true},
		{"?.py", "ab.py", false, false},
		{"a?b", "a/b", false, false},
		{"[abc].go", "b.go", false, true},
		{"[abc].go", "d.go", false, false},
		{"[!abc].go", "d.go", false, true},
		{"[^abc].go", "a.go", false, false},
		{"[a-c]x", "bx", false, true},
		{"[a-c]x", "dx", false, false},
		{"[]]", "]", false, true},
		{"[]-]", "-", false, true},
		{"[[:digit:]]*.log", "1.log", false, true},
		{"[[:digit:]]*.log", "a.log", false, false},
		{"[[:upper:]]", "Q", false, true},
		{"[a/b]", "a", false, false},   // a slash splits the bracket: never matches
		{"[abc", "[abc", false, false}, // unterminated: never matches
		// Escapes.
		{`\#foo`, "#foo", false, true},
		{`\!important`, "!important", false, true},
		{`a\*b`, "a*b", false, true},
		{`a\*b`, "axb", false, false},
		{`foo\ `, "foo ", false, true},
		{`foo\`, "foo", false, false},
		// Trailing spaces are dropped; CR too.
		{"foo   ", "foo", false, true},
		{"foo\r", "foo", false, true},
		// Suffix fast path.
		{"*.pyc", "a/b/c.pyc", false, true},
		{"*.pyc", "a/b.pyc/c", false, false},
		{"*.pyc", ".pyc", false, true},
		// Unicode.
		{"ü?.txt", "üé.txt", false, true},
		{"*", "a", false, true},
		{"*", "a/b", false, true}, // unanchored: matches the name b
	}
	for _, c := range cases {
		p, ok := ParsePattern(c.pattern)
		if !ok {
			t.Errorf("ParsePattern(%q) = not a pattern", c.pattern)
			continue
		}
		if got := p.Match(c.path, c.isDir); got != c.want {
			t.Errorf("%q.Match(%q, dir=%v) = %v, want %v", c.pattern, c.path, c.isDir, got, c.want)
		}
	}
}

func TestParsePatternFlags(t *testing.T) {
	type flags struct {
		OK, Negate, DirOnly, Anchored bool
	}
	cases := map[string]flags{
		"":          {},
		"   ":       {},
		"# comment": {},
		"/":         {},
		"!":         {},
		"foo":       {OK: true},
		"!foo":      {OK: true, Negate: true},
		"foo/":      {OK: true, DirOnly: true},
		"/foo":      {OK: true, Anchored: true},
		"a/b/":      {OK: true, DirOnly: true, Anchored: true},
		"!/a/":      {OK: true, Negate: true, DirOnly: true, Anchored: true},
		`\#x`:       {OK: true},
		`\!x`:       {OK: true},
	}
	for line, want := range cases {
		p, ok := ParsePattern(line)
		got := flags{ok, p.Negate, p.DirOnly, p.Anchored}
		if !ok {
			got = flags{}
		}
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("ParsePattern(%q) (-want +got):\n%s", line, d)
		}
	}
}

func TestListDecide(t *testing.T) {
	l := ParseList([]byte("# build output\n*.log\n!keep.log\nbuild/\n/root-only\n\n"))
	type res struct{ Ignored, Matched bool }
	cases := []struct {
		path  string
		isDir bool
		want  res
	}{
		{"a.log", false, res{true, true}},
		{"x/keep.log", false, res{false, true}},
		{"build", true, res{true, true}},
		{"build", false, res{false, false}},
		{"root-only", false, res{true, true}},
		{"x/root-only", false, res{false, false}},
		{"main.go", false, res{false, false}},
	}
	for _, c := range cases {
		ig, m := l.Decide(c.path, c.isDir)
		if d := cmp.Diff(c.want, res{ig, m}); d != "" {
			t.Errorf("Decide(%q) (-want +got):\n%s", c.path, d)
		}
	}
}

// TestPatternBounded checks that pathological patterns stay linear.
func TestPatternBounded(t *testing.T) {
	pat := strings.Repeat("**/", 200) + "a"
	path := strings.Repeat("x/", 2000) + "b"
	p, _ := ParsePattern(pat)
	if p.Match(path, false) {
		t.Fatal("unexpected match")
	}
	p, _ = ParsePattern(strings.Repeat("*a", 100) + "b")
	if p.Match(strings.Repeat("a", 5000), false) {
		t.Fatal("unexpected match")
	}
	if !p.Match(strings.Repeat("a", 5000)+"b", false) {
		t.Fatal("expected match")
	}
}

func FuzzGitignorePattern(f *testing.F) {
	seeds := [][2]string{
		{"**/**/**/**/a", "x/y/z/a"},
		{"a/**/b", "a/x/b"},
		{"[[:alpha:]-z]*", "q"},
		{"!foo/", "foo"},
		{`\`, "x"},
		{"[!", "x"},
		{"*?*?*?*", "abcdefg/h"},
		{"ü[é-ü]", "üë"},
	}
	for _, s := range seeds {
		f.Add(s[0], s[1], false)
	}
	f.Fuzz(func(t *testing.T, pattern, path string, isDir bool) {
		if len(pattern) > 2000 || len(path) > 4000 {
			return
		}
		p, ok := ParsePattern(pattern)
		if !ok {
			return
		}
		got := p.Match(path, isDir)
		// The automaton must agree with an equivalent RE2 expression.
		if p.g != nil && utf8.ValidString(pattern) && utf8.ValidString(path) {
			if re, ok := globRegexp(p.g); ok {
				want := re.MatchString(path) && (!p.DirOnly || isDir)
				if got != want {
					t.Fatalf("%q on %q = %v, regexp %s says %v", pattern, path, got, re, want)
				}
			}
		}
		// The fast paths must agree with the general automaton.
		if p.kind != patGlob {
			var s string
			if p.kind == patName {
				s = p.literal
			} else {
				s = "*" + p.literal
			}
			if !strings.ContainsAny(s[1:], "*?[\\") {
				g := compileGlob(s, true)
				want := g.match(path)
				if p.DirOnly && !isDir {
					want = false
				}
				if got != want {
					t.Fatalf("fast path %q on %q = %v, automaton says %v", pattern, path, got, want)
				}
			}
		}
	})
}

// globRegexp translates a compiled glob without bracket expressions into
// an anchored regular expression, as a test oracle.
func globRegexp(g *glob) (*regexp.Regexp, bool) {
	if g.never || len(g.classes) > 0 {
		return nil, false
	}
	var b strings.Builder
	b.WriteString("^")
	closeAt := map[int]int{}
	for i, t := range g.toks {
		for range closeAt[i] {
			b.WriteString(")?")
		}
		switch t.kind {
		case tokLit:
			b.WriteString(regexp.QuoteMeta(string(t.r)))
		case tokAny:
			b.WriteString("[^/]")
		case tokStar:
			b.WriteString("[^/]*")
		case tokAnyAll:
			b.WriteString("(?s:.)")
		case tokAnyAllStar:
			b.WriteString("(?s:.*)")
		case tokOpt:
			b.WriteString("(?:")
			closeAt[t.skip]++
		}
	}
	for range closeAt[len(g.toks)] {
		b.WriteString(")?")
	}
	b.WriteString("$")
	re, err := regexp.Compile(b.String())
	return re, err == nil
}
