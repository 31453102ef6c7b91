package pattern

import "testing"

func TestConstantPropagation(t *testing.T) {
	py := `import subprocess
CMD = "uptime"
def a():
    subprocess.check_output(CMD, shell=True)
def b():
    cmd = "ls " + "-l"
    subprocess.check_output(cmd, shell=True)
def c(cmd):
    subprocess.check_output(cmd, shell=True)
def d():
    cmd = "ls"
    cmd = cmd + user
    subprocess.check_output(cmd, shell=True)
def e():
    cmd = input()
    subprocess.check_output(cmd, shell=True)
def f():
    base = "ls"
    full = base + " -la"
    subprocess.check_output(full, shell=True)
def g():
    for cmd in cmds:
        subprocess.check_output(cmd, shell=True)
def h():
    out = f"ls {x}"
    subprocess.check_output(out, shell=True)
`
	js := `const notice = '<em>x</em>';
let html = '<b>';
html = html + userInput;
el.innerHTML = notice;
el.innerHTML = html;
function f(notice2) { el.innerHTML = notice2; }
function g() { const local = 'a' + 'b'; el.innerHTML = local; }
function k() { let s = 'x'; function inner() { s = evil; } el.innerHTML = s; }
`
	java := `class A {
  private static final String Q = "SELECT 1";
  private String mutable = "SELECT 2";
  void f(Statement st, String p) {
    st.executeQuery(Q);
    st.executeQuery(mutable);
    final String local = "SELECT " + "3";
    st.executeQuery(local);
    String re = "x";
    re = p;
    st.executeQuery(re);
  }
}
`
	goSrc := `package p

const q = "SELECT 1"

func f(db *sql.DB, p string) {
	db.Query(q)
	s := "SELECT 2"
	db.Query(s)
	t := "SELECT 3"
	t += p
	db.Query(t)
	db.Query(p)
}
`
	runCases(t, []matchCase{
		{"python any", "python", py, `subprocess.check_output("...", ...)`, []string{"L4", "L7", "L20"}},
		{"python value", "python", py, `subprocess.check_output("ls -l", ...)`, []string{"L7"}},
		{"python string metavariable", "python", py, `subprocess.check_output("$C", ...)`, []string{"L4 $C=CMD", "L7 $C=cmd", "L20 $C=full"}},
		{"python regex", "python", py, `subprocess.check_output("=~/^ls/", ...)`, []string{"L7", "L20"}},
		{"js", "javascript", js, `$E.innerHTML = "..."`, []string{"L4 $E=el", "L7 $E=el"}},
		{"java", "java", java, `$S.executeQuery("...")`, []string{"L5 $S=st", "L8 $S=st"}},
		{"go", "go", goSrc, `$DB.Query("...")`, []string{"L6 $DB=db", "L8 $DB=db"}},
	})
}
