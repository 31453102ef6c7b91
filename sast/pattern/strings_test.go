package pattern

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestStringPatterns(t *testing.T) {
	py := `import subprocess
subprocess.run("ls -l", shell=True)
subprocess.run(f"ls {d}", shell=True)
subprocess.run(f"ls", shell=True)
cur.execute(f"SELECT * FROM users WHERE id = {uid}")
cur.execute(f"SELECT {cols} FROM t")
cur.execute("SELECT 1")
`
	js := "log(`user ${u.name} logged in`);\nlog(`plain`);\nlog('x');\naxios.get(`https://api.example.com/users/${id}`);\n"
	runCases(t, []matchCase{
		{"any string is constant only", "python", py, `subprocess.run("...", ...)`, []string{"L2", "L4"}},
		{"f any string matches interpolated too", "python", py, `subprocess.run(f"...", ...)`, []string{"L2", "L3", "L4"}},
		{"f-string any text around", "python", py, `cur.execute(f"...{$X}...")`, []string{"L5 $X=uid", "L6 $X=cols"}},
		{"f-string literal prefix", "python", py, `cur.execute(f"SELECT {$X}...")`, []string{"L6 $X=cols"}},
		{"f-string exact", "python", "q(f\"SELECT {c}\")\nq(f\"SELECT {c} FROM t\")\n", `q(f"SELECT {$X}")`, []string{"L1 $X=c"}},
		{"f-string leading ellipsis in part", "python", py, `cur.execute(f"...WHERE id = {$X}")`, []string{"L5 $X=uid"}},
		{"template any text around", "javascript", js, "`...${$X}...`", []string{"L1 $X=u.name", "L4 $X=id"}},
		{"template in call", "javascript", js, "log(`...${$X}...`)", []string{"L1 $X=u.name"}},
		{"template prefix metavariable", "javascript", js, "axios.get(`$PREFIX${$X}...`)", []string{"L4 $PREFIX=https://api.example.com/users/ $X=id"}},
		{"string metavariable binds content", "python", "open(\"/etc/passwd\")\nopen('')\nopen(f\"{p}\")\n", `open("$P")`, []string{"L1 $P=/etc/passwd", "L2 $P="}},
		{"string metavariable binds content js", "javascript", "open(\"a.txt\");\nopen(`b`);\n", `open("$P")`, []string{"L1 $P=a.txt", "L2 $P=b"}},
		{"string metavariable binds content go", "go", "package p\nvar a = open(\"x\\ny\")\nvar b = open(`raw`)\n", `open("$P")`, []string{`L2 $P=x\ny`, "L3 $P=raw"}},
		{"string metavariable binds content java", "java", "class A { void f() { open(\"k\"); } }\n", `open("$P")`, []string{"L1 $P=k"}},
		{"string metavariable equals identifier", "python", "f(\"a\", a)\nf(\"a\", b)\n", `f("$X", $X)`, []string{"L1 $X=a"}},
		{"regex string", "java", "class A { void f() { r.setContentType(\"text/html\"); r.setContentType(\"TEXT/PLAIN; charset=utf-8\"); } }\n",
			`$R.setContentType("=~/text\/plain.*/i")`, []string{"L1 $R=r"}},
		{"regex string no match", "javascript", "window.open(u, '_blank', 'noopener');\nwindow.open(u, '_blank', 'x');\n",
			`window.open($U, $T, "=~/noopener/")`, []string{"L1 $T='_blank' $U=u"}},
		{"dict with string metavariables", "python", "d = {\"user\": \"admin\", \"password\": \"hunter2\"}\n", `{..., "$NAME": "$VALUE", ...}`,
			[]string{"L1 $NAME=user $VALUE=admin", "L1 $NAME=password $VALUE=hunter2"}},
		{"object with string metavariables", "javascript", "const d = {\"user\": \"admin\", password: 'x'};\n", `{..., "$NAME": "$VALUE", ...}`,
			[]string{"L1 $NAME=user $VALUE=admin"}},
	})
}

// TestOpenEndedFormatStrings: a format-string pattern without
// interpolations whose text ends (or starts) with "..." matches that text
// followed (preceded) by anything, interpolations included.
func TestOpenEndedFormatStrings(t *testing.T) {
	js := "f(`/tmp/job-${id}.bin`);\nf(`/var/${x}`);\nf('/tmp/a');\nf(`x/tmp/${y}`);\n"
	py := "f(f\"/tmp/x-{id}\")\nf(f\"/var/{x}\")\nf(\"/tmp/a\")\nf(f\"{p}/key.pem\")\n"
	runCases(t, []matchCase{
		{"template prefix", "javascript", js, "f(`/tmp/...`)", []string{"L1", "L3"}},
		{"template prefix ts", "typescript", js, "`/tmp/...`", []string{"L1", "L3"}},
		{"f-string prefix", "python", py, `f(f"/tmp/...")`, []string{"L1", "L3"}},
		{"f-string suffix", "python", py, `f"....pem"`, []string{"L4"}},
		{"plain string stays literal", "python", py, `f("/tmp/...")`, nil},
	})
}

// TestInterpolatedLiterals: the literal text of an interpolated or
// open-ended format-string pattern is a prefilter literal, word by word.
func TestInterpolatedLiterals(t *testing.T) {
	cases := []struct {
		lang, pattern string
		want          []string
	}{
		{"python", `open(f"/tmp/...")`, []string{"open", "/tmp/"}},
		{"python", `cur.execute(f"SELECT * FROM {$T}...")`, []string{"cur", "execute", "SELECT", "FROM"}},
		{"javascript", "fetch(`https://api.example.com/${$X}`)", []string{"fetch", "https", "//api.example.com/"}},
	}
	for _, c := range cases {
		p, err := Compile(registry.Lookup(c.lang), c.pattern)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(c.want, p.Literals()); diff != "" {
			t.Errorf("%s: Literals (-want +got):\n%s", c.pattern, diff)
		}
	}
}
