package taint

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vouchsec/vouch/sast/rule"
)

func TestJava(t *testing.T) {
	spec := &rule.Taint{
		Sources: items(
			// the matcher does not parse parameter patterns yet; a regex
			// over the parameter exercises the same parameter handling
			&rule.Formula{Op: rule.OpRegex, Pattern: `@RequestParam\s+\w+\s+\w+`},
			pat("$R.getParameter(...)"),
		),
		Sinks:      items(focused("", "$S.executeQuery($Q)", "$Q"), pat("Runtime.getRuntime().exec(...)")),
		Sanitizers: items(pat("Integer.parseInt(...)")),
	}
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"spring param into query via StringBuilder", `
class C {
  String h(@RequestParam String name, Statement st) {
    StringBuilder sb = new StringBuilder("SELECT * FROM t WHERE n = '");
    sb.append(name);
    String q = sb.toString();
    st.executeQuery(q);
    return q;
  }
}
`, []string{"sink L6: L2 source, L4 flows into sb, L5 flows into q, L6 sink"}},
		{"String.format, reassignment and sanitizer", `
class C {
  void h(@RequestParam String id, Statement st) throws Exception {
    String q = String.format("SELECT %s", id);
    Runtime.getRuntime().exec(q);
    q = "SELECT 1";
    st.executeQuery(q);
    int n = Integer.parseInt(id);
    st.executeQuery("SELECT " + n);
  }
}
`, []string{"sink L4: L2 source, L3 flows into q, L4 sink"}},
		{"servlet getParameter, dead branch, loop", `
class C {
  void h(HttpServletRequest req, Statement st) throws Exception {
    String v = req.getParameter("v");
    if (false) { st.executeQuery(v); }
    String acc = "";
    for (int i = 0; i < 3; i++) { acc = acc + v; }
    st.executeQuery(acc);
  }
}
`, []string{"sink L7: L3 source, L3 flows into v, L6 flows into acc, L7 sink"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runRule(t, "java", spec, strings.TrimPrefix(tt.src, "\n"))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("results (-want +got):\n%s", diff)
			}
		})
	}
}

func TestGo(t *testing.T) {
	spec := &rule.Taint{
		Sources: items(focused("", "func $H($W http.ResponseWriter, $R *http.Request) {...}", "$R")),
		Sinks: items(
			focused("", "exec.Command($NAME, ...)", "$NAME"),
			focused("", "$DB.Query($Q, ...)", "$Q"),
		),
		Sanitizers: items(pat("strconv.Atoi(...)")),
	}
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"request into command via Sprintf", `
package main

func h(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("n")
	cmd := fmt.Sprintf("ls %s", name)
	exec.Command(cmd)
}
`, []string{"sink L6: L3 source, L4 flows into name, L5 flows into cmd, L6 sink"}},
		{"builder, constants, dead branch", `
package main

func h(w http.ResponseWriter, r *http.Request) {
	var b strings.Builder
	b.WriteString("SELECT ")
	b.WriteString(r.FormValue("q"))
	db.Query(b.String())
	q := "SELECT 1"
	if false {
		q = r.FormValue("x")
	}
	db.Query(q)
	n, _ := strconv.Atoi(r.FormValue("n"))
	db.Query("SELECT ?", n)
	exec.Command("ls", r.FormValue("a"))
}
`, []string{"sink L7: L3 source, L6 flows into b, L7 sink"}},
		{"range and multiple assignment", `
package main

func h(w http.ResponseWriter, r *http.Request) {
	a, b := "ls", r.FormValue("x")
	exec.Command(a)
	for _, v := range r.Form["k"] {
		exec.Command(v)
	}
	exec.Command(b)
}
`, []string{
			"sink L7: L3 source, L6 flows into v, L7 sink",
			"sink L9: L3 source, L4 flows into b, L9 sink",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runRule(t, "go", spec, strings.TrimPrefix(tt.src, "\n"))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("results (-want +got):\n%s", diff)
			}
		})
	}
}
