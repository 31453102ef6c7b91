package taint

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vouchsec/vouch/sast/rule"
)

// guardCase is one table entry of the guard and constant-lookup tests.
type guardCase struct {
	name string
	src  string
	want []string
}

func runGuardCases(t *testing.T, language string, spec *rule.Taint, header string, tests []guardCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runRule(t, language, spec, header+strings.TrimPrefix(tt.src, "\n"))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("results (-want +got):\n%s", diff)
			}
		})
	}
}

// pyGuardSpec: Flask request data into commands, files, redirects, SQL.
func pyGuardSpec() *rule.Taint {
	return &rule.Taint{
		Sources: items(either(pat("flask.request.args"), pat("flask.request.form"))),
		Sinks: items(pat("os.system(...)"), pat("open(...)"), pat("redirect(...)"),
			focused("", "$C.execute($Q, ...)", "$Q")),
	}
}

const pyGuardHeader = `import os, re, uuid
from flask import request, abort, redirect
from urllib.parse import urlparse
BASE = "/srv/files"
ALLOWED_HOSTS = {"example.com"}
CMDS = {"list": "ls -l", "disk": "df -h"}
`

func TestGuardsPython(t *testing.T) {
	runGuardCases(t, "python", pyGuardSpec(), pyGuardHeader, []guardCase{
		{"prefix check after normalisation, abort", `
def f():
    target = os.path.realpath(os.path.join(BASE, request.args["p"]))
    if not target.startswith(BASE):
        abort(403)
    return open(target).read()
`, nil},
		{"normalised path in another variable cleans its origin", `
def f():
    name = request.args["p"]
    full = os.path.realpath(os.path.join(BASE, name))
    if not full.startswith(BASE + os.sep):
        abort(403)
    open(full)
    return open(name).read()
`, nil},
		{"no check before abort: still reported", `
def f():
    target = request.args["p"]
    if not target:
        abort(400)
    return open(target).read()
`, []string{"sink L11: L8 source, L8 flows into target, L11 sink"}},
		{"netloc not in allowed hosts: reassigned", `
def f():
    nxt = request.args.get("next", "/")
    if urlparse(nxt).netloc not in ALLOWED_HOSTS:
        nxt = "/"
    return redirect(nxt)
`, nil},
		{"parsed url checked, original redirected", `
def f():
    nxt = request.args.get("next", "/")
    u = urlparse(nxt)
    if u.netloc not in ALLOWED_HOSTS:
        return redirect("/")
    return redirect(nxt)
`, nil},
		{"membership, else branch reported", `
def f():
    cmd = request.args["c"]
    if cmd in ("ls", "pwd"):
        os.system(cmd)
    else:
        os.system(cmd)
`, []string{"sink L12: L8 source, L8 flows into cmd, L12 sink"}},
		{"not in, raise", `
def f():
    cmd = request.form["c"]
    if cmd not in CMDS:
        raise ValueError(cmd)
    os.system(cmd)
`, nil},
		{"equality with a constant", `
def f():
    mode = request.args["m"]
    if mode == "fast" or mode == "slow":
        os.system("run --" + mode)
    os.system("run --" + mode)
`, []string{"sink L11: L8 source, L8 flows into mode, L11 sink"}},
		{"full regex match; unanchored match is no check", `
def f():
    name = request.args["n"]
    if not re.fullmatch(r"[a-z]+", name):
        abort(400)
    os.system("ls " + name)
    other = request.args["o"]
    if re.match(r"[a-z]+", other):
        os.system("ls " + other)
    third = request.args["t"]
    if re.match(r"[a-z]+$", third):
        os.system("ls " + third)
`, []string{"sink L14: L12 source, L12 flows into other, L14 sink"}},
		{"isdigit and length", `
def f(cur):
    n = request.args["n"]
    if not n.isdigit():
        return "bad"
    cur.execute("SELECT * FROM t WHERE id = " + n)
    s = request.args["s"]
    if len(s) > 3:
        cur.execute("SELECT * FROM t WHERE s = " + s)
`, []string{"sink L14: L12 source, L12 flows into s, L14 sink"}},
		{"continue in a loop", `
def f():
    for name in request.args.getlist("f"):
        if name not in CMDS:
            continue
        os.system(name)
`, nil},
		{"break keeps the taint of its path", `
def f(items):
    x = "ls"
    for i in items:
        x = request.args["a"]
        break
    os.system(x)
`, []string{"sink L12: L10 source, L10 flows into x, L12 sink"}},
		{"django allowed host check", `
def f():
    nxt = request.args["next"]
    if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={"example.com"}):
        nxt = "/"
    return redirect(nxt)
`, nil},
		{"boolean flag holding a check", `
def f():
    name = request.args["n"]
    ok = name in CMDS
    if not ok:
        abort(400)
    os.system(name)
`, nil},
		{"uuid parse is clean", `
def f(cur):
    uid = uuid.UUID(request.args["id"])
    cur.execute("SELECT * FROM t WHERE id = '%s'" % uid)
`, nil},
		{"constant dict lookups", `
def f():
    os.system(CMDS[request.args["t"]])
    os.system(CMDS.get(request.args["t"], "true"))
    os.system(CMDS.get("x", request.args["d"]))
`, []string{"sink L10: L10 source, L10 sink"}},
		{"match statement assigning constants", `
def f(cur):
    match request.args["sort"]:
        case "email":
            col = "email"
        case _:
            col = "name"
    cur.execute("SELECT * FROM u ORDER BY " + col)
`, nil},
	})
}

// jsGuardSpec: Express request data into commands, redirects and files.
func jsGuardSpec() *rule.Taint {
	return &rule.Taint{
		Sources: items(
			focused("", "app.$M($PATH, ($REQ, $RES) => {...})", "$REQ"),
		),
		Sinks: items(pat("exec(...)"), pat("$RES.redirect(...)"), pat("fs.readFileSync(...)")),
	}
}

const jsGuardHeader = `const ALLOWED = new Set(["a", "b"]);
const CMDS = { list: "ls -l", disk: "df -h" };
const ROOT = "/srv/files/";
`

func TestGuardsJavaScript(t *testing.T) {
	runGuardCases(t, "javascript", jsGuardSpec(), jsGuardHeader, []guardCase{
		{"set membership, early return", `
app.get('/a', (req, res) => {
  const x = req.query.x;
  if (!ALLOWED.has(x)) return res.status(400).end();
  exec(x);
});
`, nil},
		{"ternary arm", `
app.get('/a', (req, res) => {
  const x = req.query.next;
  res.redirect(ALLOWED.has(x) ? x : '/');
  res.redirect(x ? x : '/');
});
`, []string{"sink L7: L4 source, L5 flows into x, L7 sink"}},
		{"anchored regex test; unanchored is no check", `
app.get('/a', (req, res) => {
  const x = req.query.x;
  if (!/^[a-z]+$/.test(x)) { return res.sendStatus(400); }
  exec("ls " + x);
  const y = req.query.y;
  if (/[a-z]/.test(y)) { exec("ls " + y); }
});
`, []string{"sink L9: L4 source, L8 flows into y, L9 sink"}},
		{"resolved path prefix check", `
app.get('/a', (req, res) => {
  const full = path.resolve(ROOT, req.query.f);
  if (!full.startsWith(ROOT)) {
    return res.status(403).end();
  }
  res.send(fs.readFileSync(full));
});
`, nil},
		{"array includes and truthiness", `
app.get('/a', (req, res) => {
  const x = req.query.x;
  if (["a", "b"].includes(x)) exec(x);
  if (!x) return;
  exec(x);
});
`, []string{"sink L8: L4 source, L5 flows into x, L8 sink"}},
		{"switch assigning constants and constant object lookup", `
app.get('/a', (req, res) => {
  let col;
  switch (req.query.sort) {
    case "email": col = "email"; break;
    default: col = "name";
  }
  exec("sort " + col);
  exec(CMDS[req.query.t]);
});
`, nil},
		{"break inside switch keeps the arm's taint", `
app.get('/a', (req, res) => {
  let c = "ls";
  switch (req.query.k) {
    case "a": c = req.query.c; break;
    default: c = "pwd";
  }
  exec(c);
});
`, []string{"sink L10: L4 source, L7 flows into c, L10 sink"}},
		{"Number.isInteger", `
app.get('/a', (req, res) => {
  const n = Number(req.query.n);
  if (!Number.isInteger(n)) { throw new Error("bad"); }
  exec("head -n " + n);
});
`, nil},
	})
}

func TestGuardsTypeScript(t *testing.T) {
	src := `
app.get('/a', (req: Request, res: Response) => {
  const fullPath: string = path.join(ROOT, req.query.f as string);
  if (!fullPath.startsWith(ROOT)) return res.status(403).send();
  res.send(fs.readFileSync(fullPath));
  const other: string = req.query.o as string;
  res.send(fs.readFileSync(other));
});
`
	runGuardCases(t, "typescript", jsGuardSpec(), jsGuardHeader, []guardCase{
		{"prefix check", src, []string{"sink L9: L4 source, L8 flows into other, L9 sink"}},
	})
}

// javaGuardSpec: servlet parameters into commands and queries.
func javaGuardSpec() *rule.Taint {
	return &rule.Taint{
		Sources: items(pat("$R.getParameter(...)")),
		Sinks:   items(focused("", "$S.executeQuery($Q)", "$Q"), pat("Runtime.getRuntime().exec(...)")),
	}
}

func TestGuardsJava(t *testing.T) {
	runGuardCases(t, "java", javaGuardSpec(), "", []guardCase{
		{"set contains, throw", `
class C {
  static final Set<String> SCRIPTS = Set.of("backup.sh", "report.sh");
  void h(HttpServletRequest req) throws Exception {
    String script = req.getParameter("s");
    if (!SCRIPTS.contains(script)) throw new IllegalArgumentException("no");
    Runtime.getRuntime().exec(new String[] {"/opt/" + script});
  }
}
`, nil},
		{"switch expression with constant arms", `
class C {
  void h(HttpServletRequest req, Statement st) throws Exception {
    String sort = req.getParameter("sort");
    String column = switch (sort) { case "email" -> "email"; default -> "name"; };
    st.executeQuery("SELECT * FROM u ORDER BY " + column);
    String c2 = switch (sort) { case "email" -> "email"; default -> sort; };
    st.executeQuery("SELECT * FROM u ORDER BY " + c2);
  }
}
`, []string{"sink L7: L3 source, L3 flows into sort, L6 flows into c2, L7 sink"}},
		{"matches, equals, constant map", `
class C {
  static final Map<String, String> COLS = Map.of("a", "name", "b", "email");
  void h(HttpServletRequest req, Statement st) throws Exception {
    String id = req.getParameter("id");
    if (!id.matches("[0-9]+")) { return; }
    st.executeQuery("SELECT * FROM t WHERE id = " + id);
    String dir = req.getParameter("dir");
    if ("asc".equals(dir)) { st.executeQuery("SELECT 1 " + dir); }
    st.executeQuery("SELECT * ORDER BY " + COLS.getOrDefault(req.getParameter("s"), "name"));
    st.executeQuery("SELECT 2 " + dir);
  }
}
`, []string{"sink L10: L7 source, L7 flows into dir, L10 sink"}},
		{"break inside switch statement keeps the arm's taint", `
class C {
  void h(HttpServletRequest req, Statement st) throws Exception {
    String c = "a";
    switch (req.getParameter("k")) {
      case "x": c = req.getParameter("c"); break;
      default: c = "b";
    }
    st.executeQuery(c);
  }
}
`, []string{"sink L8: L5 source, L5 flows into c, L8 sink"}},
	})
}

// goGuardSpec: net/http request data into commands and outgoing requests.
func goGuardSpec() *rule.Taint {
	return &rule.Taint{
		Sources: items(focused("", "func $H($W http.ResponseWriter, $R *http.Request) {...}", "$R")),
		Sinks: items(
			focused("", "exec.Command($NAME, ...)", "$NAME"),
			focused("", "client.Get($U)", "$U"),
		),
	}
}

const goGuardHeader = `package main

var allowedHosts = map[string]bool{"api.example.com": true}
var cmds = map[string][]string{"disk": {"df", "-h"}, "list": []string{"ls", "-l"}}
`

func TestGuardsGo(t *testing.T) {
	runGuardCases(t, "go", goGuardSpec(), goGuardHeader, []guardCase{
		{"allowed host map lookup on the parsed url", `
func h(w http.ResponseWriter, r *http.Request) {
	u, err := url.Parse(r.URL.Query().Get("u"))
	if err != nil {
		return
	}
	if !allowedHosts[u.Hostname()] {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	client.Get(u.String())
}
`, nil},
		{"filepath.IsLocal and comma-ok", `
func h(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("n")
	if !filepath.IsLocal(name) {
		return
	}
	exec.Command(name)
	t := r.FormValue("t")
	if _, ok := allowedHosts[t]; !ok {
		return
	}
	exec.Command(t)
}
`, nil},
		{"command chosen from a constant map", `
func h(w http.ResponseWriter, r *http.Request) {
	argv, ok := cmds[r.URL.Query().Get("task")]
	if !ok {
		http.Error(w, "unknown task", http.StatusBadRequest)
		return
	}
	exec.Command(argv[0], argv[1:]...)
}
`, nil},
		{"slices.Contains; empty check is no validation", `
func h(w http.ResponseWriter, r *http.Request) {
	names := []string{"a", "b"}
	n := r.FormValue("n")
	if !slices.Contains(names, n) {
		return
	}
	exec.Command(n)
	m := r.FormValue("m")
	if m == "" {
		return
	}
	exec.Command(m)
}
`, []string{"sink L16: L5 source, L12 flows into m, L16 sink"}},
		{"log.Fatal ends the path; map with a tainted value is no constant", `
func h(w http.ResponseWriter, r *http.Request) {
	p := r.FormValue("p")
	if !strings.HasPrefix(p, "/safe/") {
		log.Fatal("bad")
	}
	exec.Command(p)
	dyn := map[string]string{"a": r.FormValue("a")}
	exec.Command(dyn["a"])
}
`, []string{"sink L12: L5 source, L11 flows into dyn, L12 sink"}},
	})
}
