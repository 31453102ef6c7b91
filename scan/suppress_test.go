package scan

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSuppressions(t *testing.T) {
	src := `a = 1
x = eval(s)  # vouch:ignore python.lang.eval reviewed: constant input
# nosemgrep: go.a, go.b
y()
z()  // nosemgrep
w()  /* vouch:ignore py.* prefix */
// nosemgrep because reasons
`
	s := newSuppressions([]byte(src))
	tests := []struct {
		rule string
		line int
		want bool
	}{
		{"python.lang.eval", 2, true},
		{"python.lang.eval", 3, false}, // a trailing comment does not cover the next line
		{"python.lang.exec", 2, false},
		{"python.lang.eval", 1, false},
		{"go.a", 4, true},
		{"go.b", 4, true},
		{"go.c", 4, false},
		{"anything", 5, true},
		{"anything", 6, false}, // a trailing comment covers only its own line
		{"py.x", 6, true},
		{"python.x", 6, false},
		{"anything", 8, true},
	}
	for _, tt := range tests {
		if got := s.suppresses(tt.rule, tt.line); got != tt.want {
			t.Errorf("suppresses(%q, %d) = %v, want %v", tt.rule, tt.line, got, tt.want)
		}
	}
	if newSuppressions([]byte("nothing here")) != nil {
		t.Error("file without markers should have no suppressions")
	}
}

func TestSnippet(t *testing.T) {
	src := []byte("one\ntwo\r\nthree\nfour")
	for _, tt := range []struct {
		from, to int
		want     string
	}{
		{1, 1, "one"},
		{2, 3, "two\nthree"},
		{4, 9, "four"},
		{9, 9, ""},
	} {
		if diff := cmp.Diff(tt.want, snippet(src, tt.from, tt.to)); diff != "" {
			t.Errorf("snippet(%d,%d) (-want +got):\n%s", tt.from, tt.to, diff)
		}
	}
}
