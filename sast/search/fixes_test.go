package search

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vouchsec/vouch/sast/rule"
)

type formulaCase struct {
	name, lang, src string
	f               *rule.Formula
	want            []string
}

func runFormulaCases(t *testing.T, cases []formulaCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.lang+"/"+c.name, func(t *testing.T) {
			got := eval(t, c.lang, c.src, c.f)
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("on\n%s\n(-want +got):\n%s", c.src, diff)
			}
		})
	}
}

// TestTrailingEllipsisRange: a statement sequence ending in "..." covers
// the rest of the enclosing block, so pattern-inside / pattern-not-inside
// with it constrain the statements after the matched ones (Semgrep).
func TestTrailingEllipsisRange(t *testing.T) {
	goSrc := `package p

import "net/http"

func api(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Write(body)
}

func page(w http.ResponseWriter, r *http.Request) {
	w.Write(body)
}
`
	pySrc := `def load(conn, uid):
    query = "SELECT * FROM users WHERE id = %s" % uid
    log.debug("loading")
    conn.execute(query)

def other(conn):
    conn.execute(q)
`
	runFormulaCases(t, []formulaCase{
		{"inside single statement", "javascript", "function h(K){ f(K); g(K); }\nfunction i(K){ g(K); f(K); }\n",
			and(wrap(rule.OpInside, pat("f($K);\n...")), pat("g($K)")),
			[]string{"L1 g(K) $K=K"}},
		{"inside assignment", "python", pySrc,
			and(wrap(rule.OpInside, pat("$Q = $SQL\n...")), pat("$CUR.execute($Q, ...)")),
			[]string{`L4 conn.execute(query) $CUR=conn $Q=query $SQL="SELECT * FROM users WHERE id = %s" % uid`}},
		{"not inside", "go", goSrc,
			and(pat("$W.Write($X)"), wrap(rule.OpNotInside, pat("$W.Header().Set(\"Content-Type\", \"application/json\")\n..."))),
			[]string{"L11 w.Write(body) $W=w $X=body"}},
		{"inside two statements", "python", "def f():\n    a = 1\n    b = 2\n    sink(a)\n    sink(b)\n",
			and(wrap(rule.OpInside, pat("a = 1\nb = 2\n...")), pat("sink($X)")),
			[]string{"L4 sink(a) $X=a", "L5 sink(b) $X=b"}},
		{"range reaches the block end only", "python", "def f():\n    a = 1\n    x()\ny()\n",
			pat("a = 1\n..."),
			[]string{`L2 a = 1\n    x()`}},
	})
}

// TestLoneMetavariableInside: a lone $X beside pattern-inside is matched
// only inside the inside ranges; the result is the plain intersection.
func TestLoneMetavariableInside(t *testing.T) {
	src := "def f(u):\n    if ok(u, 1):\n        go(u)\n    go(u)\n"
	runFormulaCases(t, []formulaCase{
		{"inside if", "python", src,
			and(wrap(rule.OpInside, pat("if ok($U, ...):\n    ...")), pat("$U")),
			[]string{"L2 u $U=u", "L3 u $U=u"}},
		{"shared metavariable", "python", src,
			and(wrap(rule.OpInside, pat("if ok($U, ...):\n    ...")), pat("$X"), wrap(rule.OpNot, pat("go(...)"))),
			[]string{`L2 if ok(u, 1):\n        go(u) $U=u $X=if ok(u, 1):\n        go(u)`, "L2 ok(u, 1) $U=u $X=ok(u, 1)", "L2 ok $U=u $X=ok", "L2 (u, 1) $U=u $X=(u, 1)", "L2 u $U=u $X=u",
				"L2 1 $U=u $X=1", "L3 go $U=u $X=go", "L3 (u) $U=u $X=(u)", "L3 u $U=u $X=u"}},
	})
}
