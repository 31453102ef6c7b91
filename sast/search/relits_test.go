package search

import (
	"regexp"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vouchsec/vouch/sast/rule"
)

func TestRegexLiterals(t *testing.T) {
	cases := []struct {
		re   string
		want []string
	}{
		// 2 quotes x 3 paths x 3 ends exceeds the product bound: the
		// paths with their leading quote are kept
		{`["'](?:/tmp|/var/tmp|/dev/shm)[/"']`, []string{`"/tmp`, `"/var/tmp`, `"/dev/shm`, `'/tmp`, `'/var/tmp`, `'/dev/shm`}},
		{`\A(?:^(execute|executemany|executescript|raw|read_sql|read_sql_query)$)`, []string{"execute", "executemany", "executescript", "raw", "read_sql", "read_sql_query"}},
		{`^(GET|POST|COOKIES)$`, []string{"GET", "POST", "COOKIES"}},
		{`(?i)^password$`, []string{"(?i)password"}}, // case-insensitive: searched for case-folded
		{`(?i)^(secret|token|api_?key)$`, []string{"(?i)secret", "(?i)token", "(?i)apikey", "(?i)api_key"}},
		{`(?i)^((self|app)\.)?(\w*_)?(LOGGING|log|logger)$`, []string{"(?i)logging", "(?i)log", "(?i)logger"}},
		{`^Foo(?i:bar)$`, []string{"(?i)foobar"}}, // a mixed literal is searched for case-folded
		{`(?i)^(pw|pwd)$`, nil},            // "pw" is too short to search for
		{`(?i)straße`, nil},                // non-ASCII case folding is not attempted
		{`^(log|l|zap)$`, nil},             // "l" is too short to search for
		{`^[^\s$%{}<>"'/][^\s]{5,}$`, nil}, // classes only
		{`^.*\.Get\("authorization"\)`, []string{`.Get("authorization")`}},
		{`foo(bar)+bazzz`, []string{"bazzz"}}, // the longest required piece wins
	}
	for _, c := range cases {
		got := regexLiterals(regexp.MustCompile(c.re))
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.re, diff)
		}
	}
}

// TestRegexPrefilter: pattern-regex and metavariable-regex give a rule
// without code literals a prefilter.
func TestRegexPrefilter(t *testing.T) {
	f := with(and(pat(`$CUR.$EXEC($SQL, ...)`)),
		&rule.Condition{Kind: rule.CondRegex, Metavariable: "$EXEC", Regex: `^(execute|executemany)$`})
	q, err := Compile(registry.Lookup("python"), f)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([][]string{{"execute", "executemany"}}, q.Literals()); diff != "" {
		t.Errorf("metavariable-regex (-want +got):\n%s", diff)
	}
	q, err = Compile(registry.Lookup("python"), and(regex(`["'](?:/tmp|/var/tmp)/`), pat(`open($P, ...)`)))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([][]string{{`"/tmp/`, `"/var/tmp/`, `'/tmp/`, `'/var/tmp/`}, {"open"}}, q.Literals()); diff != "" {
		t.Errorf("pattern-regex (-want +got):\n%s", diff)
	}
}
