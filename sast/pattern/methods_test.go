package pattern

import "testing"

// TestFunctionPatternsMatchMethods: as in Semgrep, a JS/TS function
// declaration pattern also matches class methods, and a bare method
// pattern matches methods only.
func TestFunctionPatternsMatchMethods(t *testing.T) {
	js := "class K {\n  gen() { return Math.random(); }\n  static async load(id) { return db.get(id); }\n}\nfunction f() { return 1; }\n"
	ts := "class K {\n  gen(): number { return Math.random(); }\n}\nfunction f(): number { return 1; }\n"
	runCases(t, []matchCase{
		{"function matches method", "javascript", js, "function $F(...) { ... }", []string{"L2 $F=gen", "L3 $F=load", "L5 $F=f"}},
		{"function with body matches method", "javascript", js, "function $F(...) {\n  ...\n  return Math.random();\n}", []string{"L2 $F=gen"}},
		{"function matches method ts", "typescript", ts, "function $F(...) { ... }", []string{"L2 $F=gen", "L4 $F=f"}},
		{"named function matches method", "typescript", ts, "function gen(...) { ... }", []string{"L2"}},
		{"bare method", "javascript", js, "$F(...) { ... }", []string{"L2 $F=gen", "L3 $F=load"}},
		{"bare method params", "javascript", js, "$F($ID) { ... }", []string{"L3 $F=load $ID=id"}},
		{"bare method ts", "typescript", ts, "$F(...) { ... }", []string{"L2 $F=gen"}},
		{"bare method tsx", "tsx", ts, "$F(...) { ... }", []string{"L2 $F=gen"}},
	})
}
