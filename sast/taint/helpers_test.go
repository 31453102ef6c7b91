package taint

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/vouchsec/vouch/sast/lang"
	"github.com/vouchsec/vouch/sast/rule"
)

var registry = lang.NewRegistry()

// pat is a pattern leaf.
func pat(src string) *rule.Formula { return &rule.Formula{Op: rule.OpPattern, Pattern: src} }

// either is pattern-either.
func either(fs ...*rule.Formula) *rule.Formula { return &rule.Formula{Op: rule.OpOr, Children: fs} }

// focused is patterns: [pattern-inside: inside, pattern: p] with focus-metavariable mv.
func focused(inside, p, mv string) *rule.Formula {
	ch := []*rule.Formula{}
	if inside != "" {
		ch = append(ch, &rule.Formula{Op: rule.OpInside, Children: []*rule.Formula{pat(inside)}})
	}
	ch = append(ch, pat(p))
	return &rule.Formula{Op: rule.OpAnd, Children: ch, Focus: []string{mv}}
}

func items(fs ...*rule.Formula) []*rule.TaintItem {
	var out []*rule.TaintItem
	for _, f := range fs {
		out = append(out, &rule.TaintItem{Formula: f})
	}
	return out
}

// runRule runs spec over src and renders each result as
// "sink L<line>: L<line> source, L<line> flows into x, ..., L<line> sink".
func runRule(t testing.TB, language string, spec *rule.Taint, src string) []string {
	t.Helper()
	l := registry.Lookup(language)
	if l == nil {
		t.Fatalf("no language %s", language)
	}
	e, err := Compile(l, spec)
	if err != nil {
		t.Fatalf("Compile: %v", err)
	}
	tree, err := l.Parse(context.Background(), []byte(src))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	res, err := e.Run(context.Background(), tree)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	var out []string
	for _, r := range res {
		var steps []string
		for _, s := range r.Trace {
			steps = append(steps, fmt.Sprintf("L%d %s", s.Range.Start.Line, s.Message))
		}
		out = append(out, fmt.Sprintf("sink L%d: %s", r.Sink.Start.Row+1, strings.Join(steps, ", ")))
	}
	return out
}
