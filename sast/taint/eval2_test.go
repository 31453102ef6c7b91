package taint

import (
	"testing"

	"github.com/vouchsec/vouch/sast/rule"
)

// goFormSpec: Go request form values (net/http and Fiber-style) into
// commands and SQL.
func goFormSpec() *rule.Taint {
	return &rule.Taint{
		Sources: items(either(pat("$R.FormValue(...)"), pat("$R.URL.Query()"))),
		Sinks: items(pat("exec.Command(...)"), pat("exec.CommandContext(...)"),
			focused("", "$DB.Query($Q, ...)", "$Q")),
	}
}

// TestIndexKeys: a tainted key selects an element of a program-chosen
// container; the element is not tainted (taint_assume_safe_indexes),
// while an element of a tainted container is.
func TestIndexKeys(t *testing.T) {
	runGuardCases(t, "go", goFormSpec(), "package p\n", []guardCase{
		{"map lookup with comma-ok on a field", `
func (a *App) run(ctx context.Context, c *fiber.Ctx) error {
	path, ok := a.scripts[c.FormValue("script")]
	if !ok {
		return nil
	}
	return exec.CommandContext(ctx, path).Run()
}
`, nil},
		{"plain map lookup", `
func h(w http.ResponseWriter, r *http.Request) {
	path := scripts[r.FormValue("s")]
	exec.Command(path).Run()
	col, _ := sortable[r.FormValue("sort")]
	db.Query("SELECT * FROM t ORDER BY " + col)
}
`, nil},
		{"tainted container stays tainted", `
func h(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	name := q["name"]
	exec.Command(name[0]).Run()
}
`, []string{"sink L5: L3 source, L3 flows into q, L4 flows into name, L5 sink"}},
	})
	runGuardCases(t, "python", pyGuardSpec(), pyGuardHeader, []guardCase{
		{"dict lookup keyed by request input", `
def h(scripts):
    os.system(scripts[request.args["s"]])
    key = request.form.get("k")
    open(TEMPLATES[key])
`, nil},
		{"request.args[key] stays tainted", `
def h(key):
    os.system(request.args[key])
`, []string{"sink L8: L8 source, L8 sink"}},
	})
	runGuardCases(t, "javascript", jsGuardSpec(), jsGuardHeader, []guardCase{
		{"object and array lookups", `
app.get('/a', (req, res) => {
  exec(handlers[req.query.name]);
  const i = Number(req.query.i);
  exec(list[i]);
  exec(req.query[req.params.k]);
});
`, []string{"sink L8: L4 source, L8 sink"}},
	})
}

