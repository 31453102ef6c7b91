package lang

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vouchsec/vouch/sast/ast"
)

// TestParseMethodPattern: a bare JS/TS method pattern parses as a class
// member; its root is the method_definition.
func TestParseMethodPattern(t *testing.T) {
	cases := []struct{ lang, pattern, want string }{
		{"javascript", "$F(...) { ... }", "(method_definition name:($metavar $F) parameters:(formal_parameters ($ellipsis)) body:(statement_block ($ellipsis)))"},
		{"javascript", "async $F($REQ) {\n  ...\n}", "(method_definition name:($metavar $F) parameters:(formal_parameters ($metavar $REQ)) body:(statement_block ($ellipsis)))"},
		{"typescript", "$F(...): string { ... }", "(method_definition name:($metavar $F) parameters:(formal_parameters ($ellipsis)) return_type:(type_annotation (predefined_type \"string\")) body:(statement_block ($ellipsis)))"},
	}
	r := NewRegistry()
	for _, tc := range cases {
		t.Run(tc.lang+"/"+tc.pattern, func(t *testing.T) {
			tr, err := r.Lookup(tc.lang).ParsePattern(tc.pattern)
			if err != nil {
				t.Fatalf("ParsePattern: %v", err)
			}
			if diff := cmp.Diff(tc.want, ast.Sexp(tr, tr.Root)); diff != "" {
				t.Errorf("tree (-want +got):\n%s", diff)
			}
			checkInvariants(t, tr)
		})
	}
}
