package pattern

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vouchsec/vouch/sast/lang"
)

var registry = lang.NewRegistry()

// render formats matches as "L<start>-<end>" plus sorted bindings
// "$X=text" (1-based lines) so tables stay readable.
func render(ms []Match) []string {
	var out []string
	for _, m := range ms {
		s := fmt.Sprintf("L%d", m.Start.Row+1)
		if m.End.Row != m.Start.Row {
			s += fmt.Sprintf("-%d", m.End.Row+1)
		}
		var keys []string
		for k := range m.Bindings {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			s += fmt.Sprintf(" %s=%s", k, strings.ReplaceAll(m.Bindings[k].Text, "\n", "\\n"))
		}
		out = append(out, s)
	}
	return out
}

func runMatch(t *testing.T, language, src, pat string) []string {
	t.Helper()
	l := registry.Lookup(language)
	if l == nil {
		t.Fatalf("no language %s", language)
	}
	p, err := Compile(l, pat)
	if err != nil {
		t.Fatalf("Compile(%q): %v", pat, err)
	}
	tr, err := l.Parse(context.Background(), []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	ms, err := p.Match(context.Background(), tr)
	if err != nil {
		t.Fatal(err)
	}
	return render(ms)
}

type matchCase struct {
	name    string
	lang    string
	src     string
	pattern string
	want    []string
}

func runCases(t *testing.T, cases []matchCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.lang+"/"+c.name, func(t *testing.T) {
			got := runMatch(t, c.lang, c.src, c.pattern)
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("pattern %q on\n%s\n(-want +got):\n%s", c.pattern, c.src, diff)
			}
		})
	}
}
