package search

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vouchsec/vouch/sast/rule"
)

// TestDeepMetavarWholeNodes: a metavariable inside a deep expression
// binds whole expressions, never a string's text fragment, so a
// metavariable-regex on a variable name does not fire on a string that
// merely spells the name.
func TestDeepMetavarWholeNodes(t *testing.T) {
	src := "log.info('token', `n=${n}`);\nlog.info('issued', token);\nlog.info(`t=${token}`);\nlog.info(\"password\");\n"
	f := with(and(pat(`log.info(..., <... $S ...>, ...)`)),
		&rule.Condition{Kind: rule.CondRegex, Metavariable: "$S", Regex: `^(token|password)$`})
	want := []string{"L2 log.info('issued', token) $S=token", "L3 log.info(`t=${token}`) $S=token"}
	for _, l := range []string{"javascript", "typescript"} {
		if diff := cmp.Diff(want, eval(t, l, src, f)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", l, diff)
		}
	}
	py := "log.info('token', f'n={n}')\nlog.info('issued', token)\n"
	fp := with(and(pat(`log.info(..., <... $S ...>, ...)`)),
		&rule.Condition{Kind: rule.CondRegex, Metavariable: "$S", Regex: `^token$`})
	if diff := cmp.Diff([]string{"L2 log.info('issued', token) $S=token"}, eval(t, "python", py, fp)); diff != "" {
		t.Errorf("python (-want +got):\n%s", diff)
	}
}
