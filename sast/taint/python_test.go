package taint

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vouchsec/vouch/sast/rule"
)

// flaskSpec: Flask request data into os.system / cursor.execute.
func flaskSpec() *rule.Taint {
	return &rule.Taint{
		Sources:    items(either(pat("flask.request.args"), pat("flask.request.form"), pat("input(...)"))),
		Sinks:      items(pat("os.system(...)"), focused("", "$C.execute($Q, ...)", "$Q")),
		Sanitizers: items(pat("shlex.quote(...)"), pat("int(...)")),
	}
}

const pyHeader = `import os, shlex
from flask import request
`

func TestPython(t *testing.T) {
	tests := []struct {
		name string
		spec *rule.Taint
		src  string // appended to pyHeader (lines start at 3)
		want []string
	}{
		{"direct", nil, `
def f():
    os.system(request.args["cmd"])
`, []string{"sink L4: L4 source, L4 sink"}},
		{"assignment chain", nil, `
def f():
    a = request.args.get("x")
    b = a
    c = b
    os.system(c)
`, []string{"sink L7: L4 source, L4 flows into a, L5 flows into b, L6 flows into c, L7 sink"}},
		{"reassignment kills", nil, `
def f():
    x = request.args['a']
    x = "safe"
    os.system(x)
`, nil},
		{"concat", nil, `
def f():
    q = "ls " + request.form["d"]
    os.system(q)
`, []string{"sink L5: L4 source, L4 flows into q, L5 sink"}},
		{"f-string", nil, `
def f():
    d = request.args["d"]
    os.system(f"ls {d}")
`, []string{"sink L5: L4 source, L4 flows into d, L5 sink"}},
		{"percent format", nil, `
def f():
    d = request.args["d"]
    os.system("ls %s" % d)
`, []string{"sink L5: L4 source, L4 flows into d, L5 sink"}},
		{"str.format", nil, `
def f():
    d = request.args["d"]
    cmd = "ls {}".format(d)
    os.system(cmd)
`, []string{"sink L6: L4 source, L4 flows into d, L5 flows into cmd, L6 sink"}},
		{"augmented assignment keeps taint", nil, `
def f():
    cmd = "ls "
    cmd += request.args["d"]
    cmd += " -l"
    os.system(cmd)
`, []string{"sink L7: L5 source, L5 flows into cmd, L6 flows into cmd, L7 sink"}},
		{"containers", nil, `
def f():
    d = request.args["d"]
    args = ["ls", d]
    opts = {"path": d}
    os.system(args)
    os.system(opts)
`, []string{
			"sink L7: L4 source, L4 flows into d, L5 flows into args, L7 sink",
			"sink L8: L4 source, L4 flows into d, L6 flows into opts, L8 sink",
		}},
		{"list append taints the list", nil, `
def f():
    parts = ["ls"]
    parts.append(request.args["d"])
    os.system(" ".join(parts))
`, []string{"sink L6: L5 source, L5 flows into parts, L6 sink"}},
		{"method on tainted value", nil, `
def f():
    d = request.args["d"].strip().lower()
    os.system(d)
`, []string{"sink L5: L4 source, L4 flows into d, L5 sink"}},
		{"unknown call propagates", nil, `
def f():
    d = helper(request.args["d"], 3)
    os.system(d)
`, []string{"sink L5: L4 source, L4 flows into d, L5 sink"}},
		{"tuple assignment", nil, `
def f():
    a, b = request.args["d"], "x"
    os.system(a)
    os.system(b)
`, []string{"sink L5: L4 source, L4 flows into a, L5 sink"}},
		{"sanitizer", nil, `
def f():
    d = shlex.quote(request.args["d"])
    os.system("ls " + d)
    e = request.args["e"]
    os.system("ls " + shlex.quote(e))
    os.system("ls " + str(int(e)))
`, nil},
		{"sink on focused argument only", nil, `
def f(cur):
    d = request.args["d"]
    cur.execute("SELECT 1", (d,))
    cur.execute("SELECT " + d)
`, []string{"sink L6: L4 source, L4 flows into d, L6 sink"}},
		{"dead branch", nil, `
def f():
    d = request.args["d"]
    if False:
        os.system(d)
    if 1 == 2:
        os.system(d)
    if not True:
        os.system(d)
`, nil},
		{"live branch of constant true", nil, `
def f():
    d = request.args["d"]
    if True:
        x = d
    else:
        x = "a"
    os.system(x)
`, []string{"sink L9: L4 source, L4 flows into d, L6 flows into x, L9 sink"}},
		{"module constant DEBUG", nil, `
DEBUG = False
def f():
    d = request.args["d"]
    if DEBUG:
        os.system(d)
`, nil},
		{"constant variable", nil, `
def f():
    cmd = "ls"
    if request.args["x"]:
        cmd = "ls" + " -l"
    os.system(cmd)
`, nil},
		{"branch join", nil, `
def f(c):
    x = "a"
    if c:
        x = request.args["d"]
    elif c > 2:
        x = "b"
    else:
        pass
    os.system(x)
`, []string{"sink L11: L6 source, L6 flows into x, L11 sink"}},
		{"return ends the path", nil, `
def f(c):
    x = request.args["d"]
    if not valid(x):
        x = "default"
    else:
        return
    os.system(x)
`, nil},
		{"loop carries taint to the next iteration", nil, `
def f():
    prev = ""
    for i in range(3):
        os.system(prev)
        prev = request.args["d"]
`, []string{"sink L6: L7 source, L7 flows into prev, L6 sink"}},
		{"for-each over tainted iterable", nil, `
def f():
    for name in request.args.getlist("n"):
        os.system(name)
`, []string{"sink L5: L4 source, L4 flows into name, L5 sink"}},
		{"comprehension", nil, `
def f():
    names = [n.strip() for n in request.args.getlist("n")]
    os.system(names)
`, []string{"sink L5: L4 source, L4 flows into n, L4 flows into names, L5 sink"}},
		{"try/except union", nil, `
def f():
    x = "a"
    try:
        x = request.args["d"]
    except Exception:
        x = "b"
    os.system(x)
`, []string{"sink L9: L6 source, L6 flows into x, L9 sink"}},
		{"attribute path", nil, `
class C:
    def f(self):
        self.cmd = request.args["d"]
        self.other = "x"
        os.system(self.other)
        os.system(self.cmd)
`, []string{"sink L8: L5 source, L5 flows into self.cmd, L8 sink"}},
		{"walrus", nil, `
def f():
    if (d := request.args.get("d")):
        os.system(d)
`, []string{"sink L5: L4 source, L4 flows into d, L5 sink"}},
		{"lambda captures taint", nil, `
def f():
    d = request.args["d"]
    run = lambda: os.system(d)
`, []string{"sink L5: L4 source, L4 flows into d, L5 sink"}},
		{"other function is separate", nil, `
def f():
    d = request.args["d"]
def g(d):
    os.system(d)
`, nil},
		{"top-level code", nil, `
d = input()
os.system(d)
`, []string{"sink L4: L3 source, L3 flows into d, L4 sink"}},
		{"parameter source", &rule.Taint{
			Sources: items(focused("", "def $F(..., $REQ, ...): ...", "$REQ")),
			Sinks:   items(pat("os.system(...)")),
		}, `
def view(request, other):
    q = request.GET["q"]
    os.system(q)
`, []string{"sink L5: L3 source, L4 flows into q, L5 sink"}},
		{"propagator", &rule.Taint{
			Sources:     items(pat("source()")),
			Sinks:       items(pat("sink(...)")),
			Propagators: []*rule.TaintItem{{Formula: pat("$TO.stash($FROM)"), From: "$FROM", To: "$TO"}},
		}, `
def f():
    box = Box()
    box.stash(source())
    sink(box)
`, []string{"sink L6: L5 source, L5 flows into box, L6 sink"}},
		{"by-side-effect sanitizer", &rule.Taint{
			Sources:    items(pat("source()")),
			Sinks:      items(pat("sink(...)")),
			Sanitizers: []*rule.TaintItem{{Formula: focused("", "validate($X)", "$X"), BySideEffect: "true"}},
		}, `
def f():
    x = source()
    y = source()
    validate(x)
    sink(x)
    sink(y)
`, []string{"sink L8: L5 source, L5 flows into y, L8 sink"}},
		{"by-side-effect source", &rule.Taint{
			Sources: []*rule.TaintItem{{Formula: focused("", "make_tainted($X)", "$X"), BySideEffect: "true"}},
			Sinks:   items(pat("sink(...)")),
		}, `
def f():
    s = set()
    make_tainted(s)
    sink(s)
`, []string{"sink L6: L5 source, L6 sink"}},
		{"exact source", &rule.Taint{
			Sources: []*rule.TaintItem{{Formula: pat("get_obj()"), Exact: true}},
			Sinks:   items(pat("sink(...)")),
		}, `
def f():
    sink(get_obj())
`, []string{"sink L4: L4 source, L4 sink"}},
		{"labels", &rule.Taint{
			Sources: []*rule.TaintItem{
				{Formula: pat("user()"), Label: "USER"},
				{Formula: pat("config()"), Label: "CONFIG"},
			},
			Sinks: []*rule.TaintItem{{Formula: pat("sink(...)"), Requires: "USER"}},
		}, `
def f():
    sink(config())
    sink(user())
`, []string{"sink L5: L5 source, L5 sink"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spec := tt.spec
			if spec == nil {
				spec = flaskSpec()
			}
			got := runRule(t, "python", spec, pyHeader+strings.TrimPrefix(tt.src, "\n"))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("results (-want +got):\n%s", diff)
			}
		})
	}
}
