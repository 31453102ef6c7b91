package search

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vouchsec/vouch/sast/rule"
)

// TestJavaMappingInside: an annotation pattern with an ellipsis among its
// element pairs, before a method pattern, is a pattern-inside that holds
// for annotated methods whatever their modifiers and other annotations.
func TestJavaMappingInside(t *testing.T) {
	src := `class C {
  @ResponseBody
  @GetMapping(value = "/hello", produces = MediaType.TEXT_HTML_VALUE)
  public String hello(@RequestParam String name) { return "<p>" + name; }

  @GetMapping(produces = "text/html")
  String two() { return "a"; }

  @RequestMapping(path = "/a", method = RequestMethod.GET, produces = {"text/plain"})
  @Deprecated
  public static ResponseEntity<String> three(String q) { return null; }

  @GetMapping(value = "/json")
  public String four(String q) { return q; }
}
`
	f := and(
		wrap(rule.OpInside, pat("@$MAPPING(..., produces = $TYPE, ...)\n$RET $M(...) { ... }")),
		pat("return $BODY;"),
	)
	f.Focus = []string{"$BODY"}
	f = with(f, &rule.Condition{Kind: rule.CondRegex, Metavariable: "$TYPE", Regex: `^.*(TEXT_HTML|text/html)`})
	want := []string{
		`L4 "<p>" + name $BODY="<p>" + name $M=hello $MAPPING=GetMapping $RET=String $TYPE=MediaType.TEXT_HTML_VALUE`,
		`L7 "a" $BODY="a" $M=two $MAPPING=GetMapping $RET=String $TYPE="text/html"`,
	}
	if diff := cmp.Diff(want, eval(t, "java", src, f)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
