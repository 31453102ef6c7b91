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

// TestFieldWrites: writing a tainted value into a field taints the object
// when it is used as a whole; its other fields stay clean.
func TestFieldWrites(t *testing.T) {
	jsSpec := &rule.Taint{
		Sources: items(focused("", "app.$M($PATH, async ($REQ, $RES) => {...})", "$REQ")),
		Sinks:   items(focused("", "$DB.collection($C).find($Q)", "$Q"), pat("exec(...)")),
	}
	runGuardCases(t, "javascript", jsSpec, "", []guardCase{
		{"filter object built field by field", `
app.get('/p', async (req, res) => {
  const f = {};
  f.category = req.query.c;
  const rows = await db.collection('p').find(f).toArray();
  exec(f.other);
  res.json(rows);
});
`, []string{"sink L4: L1 source, L3 flows into f.category, L4 sink"}},
		{"nested field and reassignment", `
app.get('/p', async (req, res) => {
  const q = { filter: {} };
  q.filter.name = req.query.n;
  await db.collection('a').find(q);
  let g = {};
  g.x = req.query.x;
  g = {};
  await db.collection('b').find(g);
});
`, []string{"sink L4: L1 source, L3 flows into q.filter.name, L4 sink"}},
	})
	runGuardCases(t, "python", pyGuardSpec(), pyGuardHeader, []guardCase{
		{"object attribute", `
class Opts: pass
def h(cursor):
    o = Opts()
    o.q = request.args["q"]
    cursor.execute(o)
    cursor.execute(o.other)
    self.q = request.args["q"]
    cursor.execute(self)
`, []string{"sink L11: L10 source, L10 flows into o.q, L11 sink"}},
	})
	javaSpec := &rule.Taint{
		Sources: items(pat("$R.getParameter(...)")),
		Sinks:   items(focused("", "$M.find($Q)", "$Q")),
	}
	runGuardCases(t, "java", javaSpec, "", []guardCase{
		{"public field of a query object", `
class C {
  void h(HttpServletRequest req, Mongo m) {
    Filter f = new Filter();
    f.name = req.getParameter("n");
    m.find(f);
  }
}
`, []string{"sink L5: L4 source, L4 flows into f.name, L5 sink"}},
	})
	runGuardCases(t, "go", goFormSpec(), "package p\n", []guardCase{
		{"struct field", `
func h(w http.ResponseWriter, r *http.Request) {
	var q Query
	q.Sort = r.FormValue("sort")
	db.Query(q)
	db.Query(q.Limit)
}
`, []string{"sink L5: L4 source, L4 flows into q.Sort, L5 sink"}},
	})
}

// TestPathGuards: conditional expressions and if statements validate
// access paths (req.query.sort, invoice.callback_url) as well as
// variables; the unvalidated side stays tainted.
func TestPathGuards(t *testing.T) {
	runGuardCases(t, "javascript", jsGuardSpec(), jsGuardHeader, []guardCase{
		{"ternary allow-list on a member path", `
app.get('/a', (req, res) => {
  const sort = ALLOWED.has(req.query.sort) ? req.query.sort : 'a';
  exec("sort -k " + sort);
  exec(ALLOWED.has(req.query.x) ? 'ls' : req.query.x);
});
`, []string{"sink L7: L4 source, L7 sink"}},
		{"if on a member path, other branch joins", `
app.get('/a', (req, res) => {
  if (ALLOWED.has(req.query.cmd)) {
    exec(req.query.cmd);
  }
  exec(req.query.cmd);
});
`, []string{"sink L8: L4 source, L8 sink"}},
	})
	runGuardCases(t, "python", pyGuardSpec(), pyGuardHeader, []guardCase{
		{"conditional expression allow-list", `
SORTABLE = {"name", "date"}
def h(cursor):
    c = request.args.get("sort")
    col = c if c in SORTABLE else "name"
    cursor.execute("SELECT * FROM t ORDER BY " + col)
    bad = c if c else "name"
    cursor.execute("SELECT * FROM t ORDER BY " + bad)
`, []string{"sink L13: L9 source, L9 flows into c, L12 flows into bad, L13 sink"}},
		{"guard on a field of a tainted object", `
def h(cursor):
    invoice = request.form
    host = urlparse(invoice.callback_url).hostname
    if host not in ALLOWED_HOSTS:
        raise ValueError("bad host")
    redirect(invoice.callback_url)
    redirect(invoice.other_url)
`, []string{"sink L13: L8 source, L8 flows into invoice, L13 sink"}},
		{"guard on a field, other branch still tainted", `
def h(cursor):
    invoice = request.form
    if urlparse(invoice.callback_url).hostname in ALLOWED_HOSTS:
        redirect(invoice.callback_url)
    redirect(invoice.callback_url)
`, []string{"sink L11: L8 source, L8 flows into invoice, L11 sink"}},
	})
}

// TestNoReturnNext: Next.js redirect() / notFound() throw, ending a guard
// branch; res.redirect(...) followed by return does too.
func TestNoReturnNext(t *testing.T) {
	nextSpec := &rule.Taint{
		Sources: items(pat("searchParams.get(...)")),
		Sinks:   items(pat("fs.readFileSync(...)"), pat("exec(...)")),
	}
	runGuardCases(t, "typescript", nextSpec, "const ALLOWED = new Set(['a', 'b']);\n", []guardCase{
		{"redirect and notFound end the branch", `
export default async function Page({ searchParams }) {
  const f = searchParams.get('file');
  if (!ALLOWED.has(f)) {
    redirect('/login');
  }
  const data = fs.readFileSync(f);
  const c = searchParams.get('c');
  if (!ALLOWED.has(c)) notFound();
  exec(c);
  const d = searchParams.get('d');
  if (!ALLOWED.has(d)) console.log('bad');
  exec(d);
}
`, []string{"sink L13: L11 source, L11 flows into d, L13 sink"}},
	})
	runGuardCases(t, "javascript", jsGuardSpec(), jsGuardHeader, []guardCase{
		{"res.redirect then return", `
app.get('/a', (req, res) => {
  const x = req.query.x;
  if (!ALLOWED.has(x)) {
    res.redirect('/');
    return;
  }
  exec(x);
});
`, nil},
	})
}

// TestRegexReplace: replacing a negated class of safe characters by ""
// sanitises; other replacements do not.
func TestRegexReplace(t *testing.T) {
	runGuardCases(t, "javascript", jsGuardSpec(), jsGuardHeader, []guardCase{
		{"replace with negated safe class", `
app.get('/a', (req, res) => {
  const slug = String(req.query.slug).replace(/[^a-zA-Z0-9-]/g, '');
  fs.readFileSync(ROOT + slug);
  fs.readFileSync(ROOT + req.query.a.replace(/[^\w-]+/g, ''));
  fs.readFileSync(ROOT + req.query.b.replace(/[^a-z0-9.\/]/g, ''));
  fs.readFileSync(ROOT + req.query.c.replace(/[^a-z]/, ''));
  fs.readFileSync(ROOT + req.query.d.replaceAll('[^a-z]', ''));
  fs.readFileSync(ROOT + req.query.e.replace(/[^a-z]/g, '_'));
});
`, []string{
			"sink L8: L4 source, L8 sink", "sink L9: L4 source, L9 sink",
			"sink L10: L4 source, L10 sink", "sink L11: L4 source, L11 sink",
		}},
	})
	runGuardCases(t, "python", pyGuardSpec(), pyGuardHeader, []guardCase{
		{"re.sub", `
def h():
    name = re.sub(r"[^a-zA-Z0-9_-]", "", request.args["n"])
    open(os.path.join(BASE, name))
    open(re.sub(r"[^a-z/.]", "", request.args["p"]))
`, []string{"sink L10: L10 source, L10 sink"}},
	})
	javaSpec := &rule.Taint{
		Sources: items(pat("$R.getParameter(...)")),
		Sinks:   items(pat("new File(...)")),
	}
	runGuardCases(t, "java", javaSpec, "", []guardCase{
		{"replaceAll", `
class C {
  void h(HttpServletRequest req) {
    String n = req.getParameter("n").replaceAll("[^A-Za-z0-9]", "");
    new File("/data/" + n);
    new File("/data/" + req.getParameter("m").replaceAll("\\.\\.", ""));
  }
}
`, []string{"sink L5: L5 source, L5 sink"}},
	})
	runGuardCases(t, "go", goFormSpec(), "package p\n", []guardCase{
		{"regexp ReplaceAllString", `
func h(w http.ResponseWriter, r *http.Request) {
	name := regexp.MustCompile("[^a-z0-9_-]+").ReplaceAllString(r.FormValue("n"), "")
	exec.Command("/bin/tool", name).Run()
	other := unsafeRe.ReplaceAllString(r.FormValue("o"), "")
	exec.Command("/bin/tool", other).Run()
}
`, []string{"sink L6: L5 source, L5 flows into other, L6 sink"}},
	})
}

// TestInstanceMethods: calls through an instance of a class of the file
// (a variable, a module-level instance, a this.x field set in the
// constructor) use the method's summary.
func TestInstanceMethods(t *testing.T) {
	spec := &rule.Taint{
		Sources: items(focused("", "app.$M($PATH, async ($REQ, $RES) => {...})", "$REQ")),
		Sinks:   items(focused("", "$DB.query($Q)", "$Q")),
	}
	runGuardCases(t, "javascript", spec, "", []guardCase{
		{"module-level instance", `
class Repo {
  constructor(db) { this.db = db; }
  async search(c) { return this.db.query("SELECT * FROM t WHERE c = '" + c + "'"); }
  async count() { return this.db.query("SELECT count(*) FROM t"); }
}
const repo = new Repo(pool);
app.get('/b', async (req, res) => { res.json(await repo.search(req.query.customer)); });
app.get('/c', async (req, res) => { res.json(await repo.count(req.query.x)); });
`, []string{"sink L3: L7 source, L7 call to search, L3 parameter c, L3 sink"}},
		{"field set in the constructor", `
class Repo {
  constructor(db) { this.db = db; }
  find(id) { return this.db.query("SELECT * FROM t WHERE id = " + id); }
}
class Service {
  constructor() { this.repo = new Repo(pool); }
  get(id) { return this.repo.find(id); }
}
const svc = new Service();
app.get('/d', async (req, res) => { res.json(await svc.get(req.params.id)); });
`, []string{"sink L3: L10 source, L10 call to get, L7 parameter id, L7 call to find, L3 parameter id, L3 sink"}},
	})
}
