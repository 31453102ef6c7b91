package taint

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vouchsec/vouch/sast/rule"
)

// flaskRouteSpec: Flask request data into SQL, shell and eval sinks.
func flaskRouteSpec() *rule.Taint {
	return &rule.Taint{
		Sources: items(either(pat("flask.request.args"), pat("flask.request.form"))),
		Sinks: items(focused("", "$C.execute($Q, ...)", "$Q"), pat("os.system(...)"),
			pat("subprocess.run(...)")),
		Sanitizers: items(pat("shlex.quote(...)"), pat("int(...)")),
	}
}

const flaskHeader = `import os, shlex, subprocess
from flask import Flask, request
app = Flask(__name__)
`

// TestSummariesPython: calls to functions of the same file.
func TestSummariesPython(t *testing.T) {
	tests := []struct {
		name string
		src  string // appended to flaskHeader (lines start at 4)
		want []string
	}{
		{"helper with a sink", `
def run_query(sql):
    cursor.execute(sql)

@app.route("/u")
def user():
    name = request.args["name"]
    run_query("SELECT * FROM u WHERE n = '" + name + "'")
`, []string{"sink L5: L9 source, L9 flows into name, L10 call to run_query, L4 parameter sql, L5 sink"}},
		{"sanitizing helper", `
def clean(x):
    return shlex.quote(x)

@app.route("/c")
def cmd():
    os.system("ls " + clean(request.args["d"]))
`, nil},
		{"passing helper", `
def wrap(x):
    y = "ls " + x
    return y

@app.route("/c")
def cmd():
    os.system(wrap(request.args["d"]))
`, []string{"sink L10: L10 source, L10 call to wrap, L4 parameter x, L5 flows into y, L10 returned from wrap, L10 sink"}},
		{"unused parameter", `
def helper(x):
    os.system("ls")
    return "constant"

@app.route("/c")
def cmd():
    d = request.args["d"]
    helper(d)
    os.system(helper(d))
`, nil},
		{"source inside the callee", `
def get_name():
    return request.args["n"]

def get_upper():
    return get_name().upper()

@app.route("/c")
def cmd():
    os.system(get_upper())
`, []string{"sink L12: L5 source, L8 returned from get_name, L12 returned from get_upper, L12 sink"}},
		{"chain of three helpers", `
def level3(c):
    subprocess.run(c, shell=True)

def level2(b):
    level3(b + " -l")

def level1(a):
    level2(a)

@app.route("/c")
def cmd():
    level1(request.form["x"])
`, []string{"sink L5: L15 source, L15 call to level1, L10 parameter a, L11 call to level2, L7 parameter b, L8 call to level3, L4 parameter c, L5 sink"}},
		{"only the tainted parameter", `
def run(safe, unsafe):
    os.system(safe)
    cursor.execute(unsafe)

@app.route("/c")
def cmd():
    run(request.args["a"], "SELECT 1")
`, []string{"sink L5: L10 source, L10 call to run, L4 parameter safe, L5 sink"}},
		{"keyword arguments", `
def run(cmd="ls", sql="SELECT 1"):
    os.system(cmd)
    cursor.execute(sql)

@app.route("/c")
def cmd():
    run(sql=request.args["a"])
`, []string{"sink L6: L10 source, L10 call to run, L4 parameter sql, L6 sink"}},
		{"dead branch in the callee", `
DEBUG = False
def run(c):
    if DEBUG:
        os.system(c)

@app.route("/c")
def cmd():
    run(request.args["a"])
`, nil},
		{"self method", `
class Repo:
    def find(self, name):
        self._q("SELECT '" + name + "'")

    def _q(self, sql):
        cursor.execute(sql)

@app.route("/c")
def cmd():
    Repo().find(request.args["a"])
    repo = Repo()
    repo.find(request.args["b"])

class Service:
    def handle(self):
        self.run(request.args["c"])

    def run(self, c):
        os.system(c)
`, []string{
			"sink L9: L13 source, L13 call to find, L5 parameter name, L6 call to _q, L8 parameter sql, L9 sink",
			"sink L22: L19 source, L19 call to run, L21 parameter c, L22 sink",
		}},
		{"intraprocedural finding is not duplicated", `
def run(c):
    os.system(c)
    os.system(request.args["own"])

@app.route("/c")
def cmd():
    run(request.args["a"])
`, []string{
			"sink L5: L10 source, L10 call to run, L4 parameter c, L5 sink",
			"sink L6: L6 source, L6 sink",
		}},
		{"recursion", `
def walk(path, n):
    if n > 0:
        return walk(path + "/x", n - 1)
    os.system(path)
    return path

@app.route("/c")
def cmd():
    p = walk(request.args["p"], 3)
    cursor.execute(p)
`, []string{
			"sink L7: L12 source, L12 call to walk, L4 parameter path, L7 sink",
			"sink L13: L12 source, L12 call to walk, L4 parameter path, L12 returned from walk, L12 flows into p, L13 sink",
		}},
		{"lambda helper", `
quote = lambda s: shlex.quote(s)
ident = lambda s: s

@app.route("/c")
def cmd():
    os.system(quote(request.args["a"]))
    os.system(ident(request.args["b"]))
`, []string{"sink L10: L10 source, L10 call to ident, L5 parameter s, L10 returned from ident, L10 sink"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runRule(t, "python", flaskRouteSpec(), flaskHeader+strings.TrimPrefix(tt.src, "\n"))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("results (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSummariesOtherLanguages: helpers in JavaScript, TypeScript, Go
// and Java.
func TestSummariesOtherLanguages(t *testing.T) {
	express := &rule.Taint{
		Sources: items(
			focused("", "app.$M($PATH, ($REQ, $RES) => {...})", "$REQ"),
			focused("", "app.$M($PATH, function ($REQ, $RES) {...})", "$REQ"),
		),
		Sinks:      items(pat("child_process.exec(...)"), pat("$RES.send(...)")),
		Sanitizers: items(pat("escapeHtml(...)"), pat("parseInt(...)")),
	}
	goSpec := &rule.Taint{
		Sources:    items(pat("$R.URL.Query().Get(...)"), pat("$R.FormValue(...)")),
		Sinks:      items(focused("", "$DB.Query($Q, ...)", "$Q"), focused("", "exec.Command($NAME, ...)", "$NAME")),
		Sanitizers: items(pat("strconv.Atoi(...)")),
	}
	javaSpec := &rule.Taint{
		Sources:    items(&rule.Formula{Op: rule.OpRegex, Pattern: `@RequestParam\s+\w+\s+\w+`}),
		Sinks:      items(focused("", "$S.executeQuery($Q)", "$Q")),
		Sanitizers: items(pat("Integer.parseInt(...)")),
	}
	tests := []struct {
		name     string
		language string
		spec     *rule.Taint
		src      string
		want     []string
	}{
		{"express helper", "javascript", express, `
const child_process = require('child_process');
function exec(cmd) {
  child_process.exec(cmd);
}
const render = (s) => "<p>" + s + "</p>";
const safe = function (s) { return escapeHtml(s); };
app.get('/a', (req, res) => {
  exec("ls " + req.query.dir);
  res.send(safe(req.query.name));
  res.send(render(req.query.name));
});
`, []string{
			"sink L3: L7 source, L8 call to exec, L2 parameter cmd, L3 sink",
			"sink L10: L7 source, L10 call to render, L5 parameter s, L10 returned from render, L10 sink",
		}},
		{"a sink call that is also a helper of the file", "javascript", expressSpec(), `
function exec(cmd) {
  return require('child_process').exec(cmd);
}
app.get('/a', (req, res) => {
  exec(req.query.c);
});
`, []string{"sink L5: L4 source, L5 sink"}},
		{"class method via this", "typescript", express, `
class Runner {
  run(cmd: string): void {
    child_process.exec(cmd);
  }
  handle(app: any) {
    app.get('/a', (req: any, res: any) => { this.run(req.query.c); });
  }
}
`, []string{"sink L3: L6 source, L6 call to run, L2 parameter cmd, L3 sink"}},
		{"go helper", "go", goSpec, `
package main

func lookup(db *sql.DB, name string) {
	db.Query("SELECT * FROM users WHERE name = '" + name + "'")
}

func count(db *sql.DB, n string) {
	v, _ := strconv.Atoi(n)
	db.Query("SELECT " + strconv.Itoa(v))
}

func (s *Server) run(c string) {
	exec.Command(c)
}

func (s *Server) handler(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	lookup(s.db, name)
	count(s.db, r.FormValue("n"))
	s.run(r.FormValue("cmd"))
}
`, []string{
			"sink L4: L17 source, L17 flows into name, L18 call to lookup, L3 parameter name, L4 sink",
			"sink L13: L20 source, L20 call to run, L12 parameter c, L13 sink",
		}},
		{"java private method", "java", javaSpec, `
@RestController
class UserController {
  @GetMapping("/users")
  public List<User> users(@RequestParam String name, @RequestParam String id) {
    runQuery("SELECT * FROM users WHERE name = '" + name + "'");
    this.runCount(Integer.parseInt(id));
    return null;
  }

  private void runQuery(String q) throws SQLException {
    Statement stmt = conn.createStatement();
    stmt.executeQuery(q);
  }

  private void runCount(int n) throws SQLException {
    stmt.executeQuery("SELECT " + n);
  }
}
`, []string{"sink L12: L4 source, L5 call to runQuery, L10 parameter q, L12 sink"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runRule(t, tt.language, tt.spec, strings.TrimPrefix(tt.src, "\n"))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("results (-want +got):\n%s", diff)
			}
		})
	}
}
