package search

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vouchsec/vouch/sast/pattern"
	"github.com/vouchsec/vouch/sast/rule"
)

// TestGrammarFallback: a JavaScript pattern the JavaScript grammar
// rejects is compiled with TypeScript's (Semgrep parses JS patterns with
// its TS parser); where its node types are TS-only it finds nothing in
// JavaScript trees. A pattern neither grammar parses stays an error.
func TestGrammarFallback(t *testing.T) {
	decorated := "class $C {\n  $M(..., @$D(...) $P, ...) {...}\n}"
	f := and(pat(decorated), pat(`class $C { ... }`))
	js := "class A {\n  m(x) { return x; }\n}\nclass B {\n  n(@Body() y) {}\n}\n"
	ts := "class Ctl {\n  create(@Body() dto: CreateDto, @Req() req) { return dto; }\n  list() {}\n}\n"

	if _, err := Compile(registry.Lookup("javascript"), f); err == nil {
		t.Fatalf("Compile without a registry accepted a pattern the JavaScript grammar rejects")
	}
	type out struct {
		Err     string
		Matches []string
	}
	run := func(language, src string, f *rule.Formula) out {
		l := registry.Lookup(language)
		q, err := CompileWith(registry, l, f)
		if err != nil {
			msg := err.Error()
			if i := strings.Index(msg, ":"); i >= 0 {
				msg = msg[:i]
			}
			return out{Err: msg}
		}
		tr, err := l.Parse(context.Background(), []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		ms, err := q.Eval(context.Background(), tr)
		if err != nil {
			return out{Err: err.Error()}
		}
		var got []string
		for _, m := range ms {
			s := render([]pattern.Match{m}, src)
			got = append(got, s...)
		}
		return out{Matches: got}
	}
	cases := []struct {
		name, lang, src string
		f               *rule.Formula
		want            out
	}{
		{"js: compiles, TS-only types find nothing", "javascript", js, f, out{}},
		{"ts: matches", "typescript", ts, pat(decorated), out{Matches: []string{
			"L1 class Ctl {\\n  create(@Body() dto: CreateDto, @Req() req) { return dto; }\\n  list() {}\\n} $C=Ctl $D=Body $M=create $P=dto",
		}}},
		{"neither grammar", "javascript", js, pat("class $C { $M(@@ $P) }"), out{Err: "line 1"}},
	}
	for _, c := range cases {
		if diff := cmp.Diff(c.want, run(c.lang, c.src, c.f)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, diff)
		}
	}
}
