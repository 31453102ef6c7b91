package pattern

import "testing"

func TestImportAliases(t *testing.T) {
	goSrc := "package p\n\nimport (\n\tcrand \"crypto/rand\"\n\tmrand \"math/rand\"\n)\n\nfunc f() int {\n\tcrand.Read(b)\n\treturn mrand.Intn(10)\n}\n"
	runCases(t, []matchCase{
		{"go aliased import", "go", goSrc, `rand.Intn(...)`, []string{"L10"}},
		{"go full path", "go", goSrc, `rand.Read(...)`, []string{"L9"}},
		{"python from import as", "python", "from random import getrandbits as g\nx = g(32)\ny = getrandbits(8)\n", `random.getrandbits(...)`, []string{"L2"}},
		{"python import as", "python", "import random as r\nr.random()\n", `random.random()`, []string{"L2"}},
	})
}
