package pattern

import "testing"

// TestTopLevelSequences: a top-level declaration followed by "..."
// covers the rest of the file, and a sequence runs over the file's
// top-level declarations (Go imports, single or grouped, included).
func TestTopLevelSequences(t *testing.T) {
	single := "package p\nimport \"text/template\"\nvar t = 1\nfunc f() { template.New(x) }\n"
	grouped := "package p\nimport (\n\t\"os\"\n\t\"text/template\"\n)\nfunc f() { template.New(x) }\n"
	runCases(t, []matchCase{
		{"import then rest", "go", single, "import \"text/template\"\n...", []string{"L2-4"}},
		{"grouped import then rest", "go", grouped, "import \"text/template\"\n...", []string{"L4-6"}},
		{"var then rest", "go", single, "var $T = $INIT\n...", []string{"L3-4 $INIT=1 $T=t"}},
		{"import then func", "go", single, "import \"text/template\"\n...\nfunc $F(...) { ... }", []string{"L2-4 $F=f"}},
		{"grouped import then func", "go", grouped, "import \"text/template\"\n...\nfunc $F(...) { ... }", []string{"L2-6 $F=f"}},
		{"python import then rest", "python", "import os\nx = 1\ndef f():\n    os.system(x)\n", "import os\n...", []string{"L1-4"}},
	})
}
