package pattern_test

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vouchsec/vouch/sast/lang"
	"github.com/vouchsec/vouch/sast/rule"
	"github.com/vouchsec/vouch/sast/search"
)

// pattern-inside a route handler finds $REQ.query in one-line arrow
// handlers (expression bodies) as in block bodies.
func TestInsideArrowExpressionBody(t *testing.T) {
	src := "app.get('/search', async (req, res) => res.json(await repo.search(req.query.q)));\n" +
		"app.get('/b', (req, res) => { res.send(req.query.name); });\n" +
		"const other = (req) => req.query;\n"
	f := &rule.Formula{Op: rule.OpAnd, Children: []*rule.Formula{
		{Op: rule.OpInside, Children: []*rule.Formula{{Op: rule.OpPattern, Pattern: "app.$M($P, ..., ($REQ, $RES) => { ... })"}}},
		{Op: rule.OpPattern, Pattern: "$REQ.query"},
	}}
	l := lang.NewRegistry().Lookup("javascript")
	q, err := search.Compile(l, f)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := l.Parse(context.Background(), []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	ms, err := q.Eval(context.Background(), tr)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range ms {
		got = append(got, src[m.StartByte:m.EndByte])
	}
	want := []string{"req.query", "req.query"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if len(ms) == 2 && ms[0].Start.Row != 0 {
		t.Errorf("first match on row %d, want 0", ms[0].Start.Row)
	}
}
