package ruletest

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseAnnotations(t *testing.T) {
	src := `import hashlib
# ruleid: a, b
# todook: c
x = hashlib.md5(b)
// ok: a
y = 1  # ruleid: a
#OK:a
/* deepruleid: d */
<!-- todoruleid: e -->
z()
# just a comment: not an annotation
   # deepok: a explanation words
w()
{/* ruleid: jsx */}
<div/>
# ruleid: dangling`
	want := []Annotation{
		{Kind: RuleID, RuleID: "a", Line: 4, At: 2},
		{Kind: RuleID, RuleID: "b", Line: 4, At: 2},
		{Kind: TodoOK, RuleID: "c", Line: 4, At: 3},
		{Kind: OK, RuleID: "a", Line: 6, At: 5},
		{Kind: OK, RuleID: "a", Line: 10, At: 7},
		{Kind: RuleID, RuleID: "d", Line: 10, At: 8},
		{Kind: TodoRuleID, RuleID: "e", Line: 10, At: 9},
		{Kind: OK, RuleID: "a", Line: 13, At: 12},
		{Kind: RuleID, RuleID: "jsx", Line: 15, At: 14},
	}
	if diff := cmp.Diff(want, ParseAnnotations(src)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func FuzzParseAnnotations(f *testing.F) {
	f.Add("# ruleid: a, b\nx\n// ok: c\n/* todook: d */\ny")
	f.Add("<!-- todoruleid: -->\n{/* deepok: x */}")
	f.Fuzz(func(t *testing.T, src string) {
		n := len(strings.Split(src, "\n"))
		for _, a := range ParseAnnotations(src) {
			if a.RuleID == "" || a.Line <= a.At || a.Line > n || a.Kind < RuleID || a.Kind > TodoOK {
				t.Fatalf("bad annotation %+v", a)
			}
		}
	})
}
