package taint

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vouchsec/vouch/sast/rule"
)

// TestBinders: constructs that bind names without an assignment.
func TestBinders(t *testing.T) {
	simple := &rule.Taint{
		Sources: items(pat("source()")),
		Sinks:   items(pat("sink(...)")),
	}
	tests := []struct {
		name     string
		language string
		spec     *rule.Taint
		src      string
		want     []string
	}{
		{"python with-as binds the value's taint", "python", flaskSpec(), `
import os
from flask import request
def f():
    with open(request.args["p"]) as fh, ctx() as (a, b):
        os.system(fh.read())
        os.system(a)
`, []string{"sink L5: L4 source, L4 flows into fh, L5 sink"}},
		{"python with-as of a clean value kills", "python", simple, `
def f():
    x = source()
    with open("/etc/motd") as x:
        sink(x)
`, nil},
		{"python except-as binds clean", "python", simple, `
def f():
    e = source()
    try:
        g()
    except ValueError as e:
        sink(e)
`, nil},
		{"python except-as as a source", "python", &rule.Taint{
			Sources: items(focused("", "try:\n    ...\nexcept $T as $E:\n    ...", "$E")),
			Sinks:   items(pat("sink(...)")),
		}, `
def f():
    try:
        g()
    except ValueError as err:
        sink(str(err))
`, []string{"sink L5: L4 source, L5 sink"}},
		{"java try-with-resources", "java", &rule.Taint{
			Sources: items(pat("$R.getParameter(...)")),
			Sinks:   items(focused("", "$S.executeQuery($Q)", "$Q")),
		}, `
class C {
  void h(HttpServletRequest req, Connection c) throws Exception {
    try (Reader rd = new StringReader(req.getParameter("q")); Statement st = c.createStatement()) {
      st.executeQuery(rd.toString());
    } catch (SQLException e) {
      st.executeQuery(e.getMessage());
    }
  }
}
`, []string{"sink L4: L3 source, L3 flows into rd, L4 sink"}},
		{"js catch parameter is clean", "javascript", simple, `
function f() {
  let e = source();
  try { g(); } catch (e) { sink(e); }
  sink(e);
}
`, []string{"sink L4: L2 source, L2 flows into e, L4 sink"}},
		{"js for-of with destructuring", "javascript", simple, `
function f() {
  for (const x of source()) { sink(x); }
  for (const [k, v] of Object.entries(source())) { sink(v); }
}
`, []string{
			"sink L2: L2 source, L2 flows into x, L2 sink",
			"sink L3: L3 source, L3 flows into v, L3 sink",
		}},
		{"go range over a tainted slice", "go", simple, `
package main

func f() {
	for _, v := range source() {
		sink(v)
	}
	for i := range 10 {
		sink(i)
	}
}
`, []string{"sink L5: L4 source, L4 flows into v, L5 sink"}},
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
