package taint

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vouchsec/vouch/sast/rule"
)

func TestCompileErrors(t *testing.T) {
	py := registry.Lookup("python")
	tests := []struct {
		name        string
		spec        *rule.Taint
		want        string // substring of the error
		unsupported bool
	}{
		{"no sources", &rule.Taint{Sinks: items(pat("sink(...)"))}, "at least one source", false},
		{"requires on source", &rule.Taint{
			Sources: []*rule.TaintItem{{Formula: pat("a()"), Requires: "X"}},
			Sinks:   items(pat("sink(...)")),
		}, "pattern-sources[0] (line 0): requires", true},
		{"label on sink", &rule.Taint{
			Sources: items(pat("a()")),
			Sinks:   []*rule.TaintItem{{Formula: pat("sink(...)"), Label: "X"}},
		}, "pattern-sinks[0] (line 0): label", true},
		{"complex requires", &rule.Taint{
			Sources: items(pat("a()")),
			Sinks:   []*rule.TaintItem{{Formula: pat("sink(...)"), Requires: "A and not B"}},
		}, `requires "A and not B"`, true},
		{"propagator without to", &rule.Taint{
			Sources:     items(pat("a()")),
			Sinks:       items(pat("sink(...)")),
			Propagators: []*rule.TaintItem{{Formula: pat("f($X)"), From: "$X"}},
		}, "needs from and to", false},
		{"bad pattern", &rule.Taint{
			Sources: items(pat("a(")),
			Sinks:   items(pat("sink(...)")),
		}, "pattern-sources[0] (line 0): compiling pattern", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Compile(py, tt.spec)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Compile error = %v, want it to contain %q", err, tt.want)
			}
			if got := errors.Is(err, ErrUnsupported); got != tt.unsupported {
				t.Errorf("errors.Is(err, ErrUnsupported) = %v, want %v", got, tt.unsupported)
			}
		})
	}
}

func TestLiterals(t *testing.T) {
	e, err := Compile(registry.Lookup("python"), &rule.Taint{
		Sources: items(pat("flask.request.args"), pat("input(...)")),
		Sinks:   items(pat("os.system(...)")),
	})
	if err != nil {
		t.Fatal(err)
	}
	got := e.Literals()
	if len(got) != 2 {
		t.Fatalf("Literals() = %v, want one clause for sources and one for sinks", got)
	}
	has := func(clause []string, s string) bool {
		for _, c := range clause {
			if c == s {
				return true
			}
		}
		return false
	}
	if !has(got[0], "input") || !(has(got[0], "request") || has(got[0], "args") || has(got[0], "flask")) {
		t.Errorf("source clause %v lacks a literal of each source", got[0])
	}
	if !has(got[1], "system") && !has(got[1], "os") {
		t.Errorf("sink clause %v lacks os/system", got[1])
	}
}

// TestDeepNesting: hostile nesting gives up on the deep part without
// crashing, and the rest of the file is still analysed.
func TestDeepNesting(t *testing.T) {
	const depth = 20000
	src := "import os\ndef f():\n    x = " + strings.Repeat("(", depth) + "input()" + strings.Repeat(")", depth) +
		"\n    os.system(x)\ndef g():\n    y = input()\n    os.system(y)\n"
	got := runRule(t, "python", flaskSpec(), src)
	want := []string{"sink L7: L6 source, L6 flows into y, L7 sink"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("results (-want +got):\n%s", diff)
	}
}

func TestCanceled(t *testing.T) {
	l := registry.Lookup("python")
	e, err := Compile(l, flaskSpec())
	if err != nil {
		t.Fatal(err)
	}
	tree, err := l.Parse(context.Background(), []byte("import os\ndef f():\n    os.system(input())\n"))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := e.Run(ctx, tree); err == nil {
		t.Error("Run with a canceled context succeeded")
	}
}

// FuzzRun: random Python source with a fixed rule never panics and
// terminates.
func FuzzRun(f *testing.F) {
	for _, s := range []string{
		"import os\ndef f():\n    x = input()\n    os.system(x)\n",
		"def f():\n    while True:\n        for a, b in input():\n            x += a\n    os.system(x)\n",
		"x = [y for y in input() if y]\nif not False and 1 == 1:\n    os.system(x.strip() % (1, x))\n",
		"def f(a=input()):\n    try:\n        return a\n    except E as e:\n        raise\n    finally:\n        os.system(a)\n",
		"(((((((((input())))))))))\nlambda: os.system(lambda: input())\nmatch x:\n case 1: os.system(input())\n",
		"def h(a, *r, k=1, **kw):\n    os.system(a)\n    return h(*r, **kw)\ndef g():\n    return input()\nh(k=g(), *[input()])\n",
		"class C:\n    def m(self, x):\n        self.m(clean(x))\n        return lambda: os.system(x)\n    def n(self):\n        self.m(input())[0] = self.o(input())\n",
		"with open(input()) as f, g() as (a, b):\n    pass\ntry:\n    os.system(f)\nexcept E as e:\n    x[check(e)][os.system(input())] = 1\n",
	} {
		f.Add(s)
	}
	l := registry.Lookup("python")
	spec := &rule.Taint{
		Sources:     items(pat("input(...)")),
		Sinks:       items(pat("os.system(...)"), focused("", "$C.execute($Q)", "$Q")),
		Sanitizers:  []*rule.TaintItem{{Formula: pat("clean(...)")}, {Formula: focused("", "check($X)", "$X"), BySideEffect: "true"}},
		Propagators: []*rule.TaintItem{{Formula: pat("$T.put($F)"), From: "$F", To: "$T"}},
	}
	e, err := Compile(l, spec)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src string) {
		tree, err := l.Parse(context.Background(), []byte(src))
		if err != nil {
			return
		}
		res, err := e.Run(context.Background(), tree)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res {
			if len(r.Trace) < 2 {
				t.Fatalf("trace too short: %v", r.Trace)
			}
			last := r.Trace[len(r.Trace)-1]
			if last.Range.StartByte != r.Sink.StartByte || last.Range.EndByte > len(src) {
				t.Fatalf("trace does not end at the sink: %+v vs %d", last, r.Sink.StartByte)
			}
		}
	})
}

// BenchmarkRun analyses a generated 10k-line Flask file in which every
// function has a source, a few flows and a sink.
func BenchmarkRun(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("import os, shlex\nfrom flask import request\nDEBUG = False\n")
	lines := 3
	for i := 0; lines < 10000; i++ {
		fmt.Fprintf(&sb, `
def handler_%d(c):
    a = request.args.get("a%d")
    b = "prefix " + a
    parts = []
    for i in range(3):
        parts.append(b.strip())
    if c:
        d = shlex.quote(a)
    else:
        d = "constant"
    if DEBUG:
        os.system(a)
    os.system(" ".join(parts) + d)
    return {"k": [a, b, d]}
`, i, i)
		lines += 15
	}
	benchmarkRun(b, sb.String(), lines)
}

// BenchmarkRunHelpers is BenchmarkRun over handlers that pass request
// data to helpers of the file (summaries computed and applied).
func BenchmarkRunHelpers(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("import os, shlex\nfrom flask import request\nDEBUG = False\n")
	lines := 3
	for i := 0; lines < 10000; i++ {
		fmt.Fprintf(&sb, `
def run_%d(cmd, flag):
    if DEBUG:
        print(cmd)
    os.system("ls " + cmd)
    return cmd.strip()

def clean_%d(x):
    return shlex.quote(x)

def handler_%d(c):
    a = request.args.get("a%d")
    b = run_%d(clean_%d(a), c)
    parts = [run_%d(a, b)]
    os.system(" ".join(parts))
    return {"k": [a, b]}
`, i, i, i, i, i, i, i)
		lines += 17
	}
	benchmarkRun(b, sb.String(), lines)
}

func benchmarkRun(b *testing.B, text string, lines int) {
	l := registry.Lookup("python")
	src := []byte(text)
	e, err := Compile(l, flaskSpec())
	if err != nil {
		b.Fatal(err)
	}
	tree, err := l.Parse(context.Background(), src)
	if err != nil {
		b.Fatal(err)
	}
	res, err := e.Run(context.Background(), tree)
	if err != nil || len(res) == 0 {
		b.Fatalf("Run: %d results, %v", len(res), err)
	}
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := e.Run(context.Background(), tree); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(lines)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
}
