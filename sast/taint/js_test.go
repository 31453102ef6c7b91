package taint

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vouchsec/vouch/sast/rule"
)

// expressSpec: Express request data into child_process.exec / res.send.
func expressSpec() *rule.Taint {
	return &rule.Taint{
		Sources: items(
			focused("", "app.$M($PATH, ($REQ, $RES) => {...})", "$REQ"),
			focused("", "app.$M($PATH, function ($REQ, $RES) {...})", "$REQ"),
		),
		Sinks:      items(pat("exec(...)"), pat("$RES.send(...)")),
		Sanitizers: items(pat("escapeHtml(...)"), pat("parseInt(...)")),
	}
}

func TestJavaScript(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"param source through query", `
app.get('/a', (req, res) => {
  const cmd = req.query.cmd;
  exec(cmd);
});
`, []string{"sink L3: L1 source, L2 flows into cmd, L3 sink"}},
		{"template literal and concat", `
app.get('/a', function (req, res) {
  let name = req.params.name;
  let html = ` + "`<b>${name}</b>`" + `;
  res.send("<p>" + html);
});
`, []string{"sink L4: L1 source, L2 flows into name, L3 flows into html, L4 sink"}},
		{"destructuring", `
app.post('/a', (req, res) => {
  const { cmd, other: renamed } = req.body;
  exec(renamed);
});
`, []string{"sink L3: L1 source, L2 flows into renamed, L3 sink"}},
		{"reassignment kills and sanitizer", `
app.get('/a', (req, res) => {
  let v = req.query.v;
  v = "fixed";
  exec(v);
  res.send(escapeHtml(req.query.w));
  res.send("n=" + parseInt(req.query.n));
});
`, nil},
		{"array push and join", `
app.get('/a', (req, res) => {
  const parts = [];
  parts.push(req.query.p);
  exec(parts.join(" "));
});
`, []string{"sink L4: L1 source, L3 flows into parts, L4 sink"}},
		{"dead branch and constant", `
app.get('/a', (req, res) => {
  const q = req.query.q;
  if (false) { exec(q); }
  const DEBUG = false;
  if (DEBUG) { exec(q); }
  let c = "ls";
  if (q) { c = "ls" + " -l"; }
  exec(c);
});
`, nil},
		{"object literal and ternary", `
app.get('/a', (req, res) => {
  const opts = { path: req.query.p };
  const x = opts ? opts.path : "a";
  res.send(x);
});
`, []string{"sink L4: L1 source, L2 flows into opts, L3 flows into x, L4 sink"}},
		{"for-of loop and switch", `
app.get('/a', (req, res) => {
  let out = "";
  for (const item of req.query.items) {
    switch (item) {
      case "a": out += "x"; break;
      default: out += item;
    }
  }
  res.send(out);
});
`, []string{"sink L9: L1 source, L3 flows into item, L6 flows into out, L9 sink"}},
		{"callback inside handler captures taint", `
app.get('/a', (req, res) => {
  const id = req.query.id;
  db.find(id, (err, row) => { exec("x" + id); });
});
`, []string{"sink L3: L1 source, L2 flows into id, L3 sink"}},
		{"receiver of sink call is not an argument", `
app.get('/a', (req, res) => {
  req.send("constant");
});
`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runRule(t, "javascript", expressSpec(), strings.TrimPrefix(tt.src, "\n"))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("results (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTypeScript(t *testing.T) {
	spec := expressSpec()
	src := `app.get('/a', (req: Request, res: Response) => {
  const id: string = req.query.id as string;
  const q = ` + "`SELECT ${id}`" + `;
  exec(q);
  const safe: number = parseInt(id, 10);
  exec(String(safe));
});
`
	got := runRule(t, "typescript", spec, src)
	want := []string{"sink L4: L1 source, L2 flows into id, L3 flows into q, L4 sink"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("results (-want +got):\n%s", diff)
	}
}
