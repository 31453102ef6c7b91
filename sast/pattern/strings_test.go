package pattern

import "testing"

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
