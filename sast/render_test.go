package sast

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vouchsec/vouch/analysis"
	"github.com/vouchsec/vouch/sast/pattern"
	"github.com/vouchsec/vouch/sast/rule"
)

func TestInterpolate(t *testing.T) {
	b := pattern.Bindings{
		"$X":       {Text: "user_input"},
		"$XY":      {Text: "other"},
		"$...ARGS": {Text: "a,\n    b"},
		"$LONG":    {Text: strings.Repeat("x", 100)},
	}
	tests := []struct{ in, want string }{
		{"eval($X) with $XY", "eval(user_input) with other"},
		{"call($...ARGS)", "call(a, b)"},
		{"$UNBOUND stays, $X goes", "$UNBOUND stays, user_input goes"},
		{"$LONG", strings.Repeat("x", 80) + "…"},
		{"no metavariables", "no metavariables"},
		{"price is $5", "price is $5"},
	}
	for _, tt := range tests {
		if got := interpolate(tt.in, b); got != tt.want {
			t.Errorf("interpolate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := shorten("héllo wörld", 2); got != "h…" {
		t.Errorf("shorten on a UTF-8 boundary: %q", got)
	}
}

func TestRenderFix(t *testing.T) {
	b := pattern.Bindings{"$...ARGS": {Text: "data,\n  x"}, "$H": {Text: "hashlib"}}
	if got, want := renderFix("$H.sha256($...ARGS)", b), "hashlib.sha256(data,\n  x)"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestFixRegex(t *testing.T) {
	tests := []struct {
		re, repl string
		count    int
		in, want string
	}{
		{`md5`, `sha256`, 0, "md5(md5)", "sha256(sha256)"},
		{`md5`, `sha256`, 1, "md5(md5)", "sha256(md5)"},
		{`(\w+)\.get\((\w+)\)`, `\1[\2]`, 0, "d.get(k)", "d[k]"},
		{`(?P<v>\w+)=1`, `\g<v>=$2`, 0, "a=1", "a=$2"},
		{`verify=False`, `verify=True`, 0, "get(u, verify=False)", "get(u, verify=True)"},
	}
	for _, tt := range tests {
		re, err := rule.CompileRegex(tt.re)
		if err != nil {
			t.Fatal(err)
		}
		if got := applyFixRegex(re, tt.repl, tt.count, tt.in); got != tt.want {
			t.Errorf("%s -> %s on %q: got %q, want %q", tt.re, tt.repl, tt.in, got, tt.want)
		}
	}
}

func TestPathAllowed(t *testing.T) {
	tests := []struct {
		inc, exc []string
		path     string
		want     bool
	}{
		{nil, nil, "a/b.py", true},
		{nil, []string{"*_test.go"}, "project/backend/server_test.go", false},
		{nil, []string{"*_test.go"}, "project/backend/server.go", true},
		{nil, []string{"project/tests"}, "project/tests/a/b.py", false},
		{nil, []string{"project/static/*.js"}, "project/static/app.js", false},
		{nil, []string{"project/static/*.js"}, "project/static/lib/app.js", true},
		{nil, []string{"src/**/*.jinja2"}, "src/a/b/c.jinja2", false},
		{nil, []string{"src/**/*.jinja2"}, "src/c.jinja2", false},
		{[]string{"tests/**/*.js"}, nil, "tests/a/b.js", true},
		{[]string{"tests/**/*.js"}, nil, "src/a/b.js", false},
		{[]string{"project/schemata"}, []string{"*_internal.py"}, "project/schemata/scan.py", true},
		{[]string{"project/schemata"}, []string{"*_internal.py"}, "project/schemata/scan_internal.py", false},
		{[]string{"/src"}, nil, "lib/src/a.py", false},
		{[]string{"/src"}, nil, "src/a.py", true},
		{[]string{"a/b"}, nil, "c/a/b/x.py", true},
	}
	for _, tt := range tests {
		if got := pathAllowed(rule.Paths{Include: tt.inc, Exclude: tt.exc}, tt.path); got != tt.want {
			t.Errorf("include %v exclude %v path %s: got %v", tt.inc, tt.exc, tt.path, got)
		}
	}
}

func TestPrefilter(t *testing.T) {
	tab := newLiteralTable()
	pf1 := tab.add([][]string{{"hashlib"}, {"md5", "sha1"}})
	pf2 := tab.add([][]string{{"md5"}, {""}})
	pf3 := tab.add(nil)
	if len(tab.lits) != 3 {
		t.Errorf("literals not deduplicated: %q", tab.lits)
	}
	tests := []struct {
		content    string
		p1, p2, p3 bool
	}{
		{"import hashlib\nhashlib.sha1(x)", true, false, true},
		{"md5(x)", false, true, true},
		{"", false, false, true},
	}
	for _, tt := range tests {
		p := tab.scan([]byte(tt.content))
		got := []bool{p.pass(pf1), p.pass(pf2), p.pass(pf3)}
		if diff := cmp.Diff([]bool{tt.p1, tt.p2, tt.p3}, got); diff != "" {
			t.Errorf("%q: %s", tt.content, diff)
		}
	}
}

func TestTextQuery(t *testing.T) {
	src := "foo==1.1.1\nfoo-bar==3.0.8\nbar-foo==3.0.8\ngem \"google-cloud\", \"1\"\nkey = AKIA1234\n"
	tests := []struct {
		name string
		f    *rule.Formula
		want []string // matched texts
	}{
		{"not-regex", &rule.Formula{Op: rule.OpAnd, Children: []*rule.Formula{
			{Op: rule.OpRegex, Pattern: "foo"}, {Op: rule.OpNotRegex, Pattern: "foo-"}, {Op: rule.OpNotRegex, Pattern: "-foo"}}},
			[]string{"foo"}},
		{"either", &rule.Formula{Op: rule.OpOr, Children: []*rule.Formula{
			{Op: rule.OpRegex, Pattern: `^bar\S+`}, {Op: rule.OpRegex, Pattern: `AKIA\d+`}}},
			[]string{"bar-foo==3.0.8", "AKIA1234"}},
		{"inside and metavariable-regex and focus", &rule.Formula{Op: rule.OpAnd, Children: []*rule.Formula{
			{Op: rule.OpRegex, Pattern: `gem "(?P<NAME>[^"]*)"`}, {Op: rule.OpRegex, Pattern: `(?m)^gem.*$`}},
			Conditions: []*rule.Condition{{Kind: rule.CondRegex, Metavariable: "$NAME", Regex: "goo"}},
			Focus:      []string{"$NAME"}},
			[]string{"google-cloud"}},
		{"left-anchored metavariable-regex", &rule.Formula{Op: rule.OpAnd, Children: []*rule.Formula{
			{Op: rule.OpRegex, Pattern: `gem "(.*?)"`}},
			Conditions: []*rule.Condition{{Kind: rule.CondRegex, Metavariable: "$1", Regex: "cloud"}}},
			nil},
		{"metavariable-pattern", &rule.Formula{Op: rule.OpAnd, Children: []*rule.Formula{
			{Op: rule.OpRegex, Pattern: `gem "(.*?)"`}},
			Conditions: []*rule.Condition{{Kind: rule.CondPattern, Metavariable: "$1", Formula: &rule.Formula{Op: rule.OpRegex, Pattern: "cloud"}}}},
			[]string{`gem "google-cloud"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := compileText(tt.f)
			if err != nil {
				t.Fatal(err)
			}
			fs := &fileState{file: &analysis.File{Content: []byte(src)}}
			hits, err := q.run(t.Context(), fs)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range hits {
				got = append(got, src[h.match.StartByte:h.match.EndByte])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Error(diff)
			}
		})
	}
	if _, err := compileText(&rule.Formula{Op: rule.OpPattern, Pattern: "x"}); err == nil {
		t.Error("code pattern in a text rule: want error")
	}
}
