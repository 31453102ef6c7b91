package taint

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vouchsec/vouch/sast/rule"
)

// TestEvaluatedEverywhere: every expression a statement evaluates is
// checked for sinks, including assignment targets, sanitizer and source
// arguments, decorator arguments and parameter defaults.
func TestEvaluatedEverywhere(t *testing.T) {
	protoSink := &rule.Formula{Op: rule.OpAnd, Focus: []string{"$KEY"}, Children: []*rule.Formula{
		either(pat("$OBJ[$KEY][$K2] = $VALUE"), pat("$OBJ[$KEY][$K2][$K3] = $VALUE")),
	}}
	tests := []struct {
		name     string
		language string
		spec     *rule.Taint
		src      string
		want     []string
	}{
		{"bug H: sink in assignment target", "javascript", &rule.Taint{
			Sources: items(pat("req.query")),
			Sinks:   items(protoSink),
		}, `
function h(req, res) {
  const o = {};
  o[req.query.a][req.query.b] = 1;
}
`, []string{"sink L3: L3 source, L3 sink"}},
		{"sink in assignment target through a variable", "javascript", &rule.Taint{
			Sources: items(pat("req.body")),
			Sinks:   items(protoSink),
		}, `
function h(req, res) {
  const { section, key } = req.body;
  settings[section][key] = 2;
  settings["a"][key] = 3;
}
`, []string{"sink L3: L2 source, L2 flows into section, L3 sink"}},
		{"member target object is evaluated", "python", &rule.Taint{
			Sources: items(pat("input()")),
			Sinks:   items(pat("sink(...)")),
		}, `
def f():
    x = input()
    sink(x).attr = 1
    objs[sink(x)] = 2
`, []string{"sink L3: L2 source, L2 flows into x, L3 sink", "sink L4: L2 source, L2 flows into x, L4 sink"}},
		{"sink inside a sanitizer's argument", "python", &rule.Taint{
			Sources:    items(pat("input()")),
			Sinks:      items(pat("eval(...)"), pat("os.system(...)")),
			Sanitizers: items(pat("int(...)")),
		}, `
def f():
    x = input()
    y = int(eval(x))
    os.system(int(x))
    os.system(y)
`, []string{"sink L3: L2 source, L2 flows into x, L3 sink"}},
		{"sink inside a source's argument", "python", &rule.Taint{
			Sources: items(pat("request.get_json(...)")),
			Sinks:   items(pat("eval(...)")),
		}, `
def f(x):
    a = request.get_json()
    y = request.get_json(force=eval(a))
`, []string{"sink L3: L2 source, L2 flows into a, L3 sink"}},
		{"decorator arguments and parameter defaults", "javascript", &rule.Taint{
			Sources: items(pat("source()")),
			Sinks:   items(pat("sink(...)")),
		}, `
const t = source();
class A {
  @dec(sink(t))
  m(a = sink(t)) { return a; }
}
`, []string{"sink L3: L1 source, L1 flows into t, L3 sink", "sink L4: L1 source, L1 flows into t, L4 sink"}},
		{"python default parameter", "python", &rule.Taint{
			Sources: items(pat("source()")),
			Sinks:   items(pat("sink(...)")),
		}, `
t = source()
def f(a=sink(t)):
    return a
`, []string{"sink L2: L1 source, L1 flows into t, L2 sink"}},
		{"return, yield, throw and conditions", "python", &rule.Taint{
			Sources: items(pat("source()")),
			Sinks:   items(pat("sink(...)")),
		}, `
def f():
    t = source()
    if sink(t):
        pass
    while sink(t):
        pass
    yield sink(t)
    raise E(sink(t))
def g():
    return sink(source())
`, []string{
			"sink L3: L2 source, L2 flows into t, L3 sink",
			"sink L5: L2 source, L2 flows into t, L5 sink",
			"sink L7: L2 source, L2 flows into t, L7 sink",
			"sink L8: L2 source, L2 flows into t, L8 sink",
			"sink L10: L10 source, L10 sink",
		}},
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
