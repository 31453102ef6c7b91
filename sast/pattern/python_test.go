package pattern

import "testing"

func TestPython(t *testing.T) {
	runCases(t, []matchCase{
		{"call any args", "python", "foo(1, 2)\nfoo()\nbar(1)\nx.foo(1)\n", "foo(...)", []string{"L1", "L2"}},
		{"last arg", "python", "foo(1, 2)\nfoo()\n", "foo(..., $X)", []string{"L1 $X=2"}},
		{"first arg", "python", "foo(1, 2)\nfoo(3)\n", "foo($X, ...)", []string{"L1 $X=1", "L2 $X=3"}},
		{"metavar equality", "python", "foo(a, a)\nfoo(a, b)\nfoo(a.b, a . b)\n", "foo($X, $X)", []string{"L1 $X=a", "L3 $X=a.b"}},
		{"anonymous metavar", "python", "foo(a, b)\n", "foo($_, $_)", []string{"L1"}},
		{"ellipsis metavar", "python", "foo(1, 2, 3)\n", "foo($...A, 3)", []string{"L1 $...A=1, 2"}},
		{"keyword any order", "python", "subprocess.call(cmd, timeout=3, shell=True)\nsubprocess.call(cmd, shell=False)\n",
			"subprocess.call(..., shell=True, ...)", []string{"L1"}},
		{"keyword exact rest", "python", "f(cmd, shell=True)\nf(cmd, timeout=3, shell=True)\n", "f($X, shell=True)", []string{"L1 $X=cmd"}},
		{"string quoting", "python", "open('a.txt')\nopen(\"a.txt\")\nopen('b')\n", `open("a.txt")`, []string{"L1", "L2"}},
		{"any string", "python", "h('x')\nh(y)\n", `h("...")`, []string{"L1"}},
		{"string metavar", "python", "h('x')\nh(y)\n", `h("$S")`, []string{"L1 $S=x"}},
		{"parens transparent", "python", "x = (foo(1))\ny = foo((1))\n", "foo(1)", []string{"L1", "L2"}},
		{"comments ignored", "python", "foo(1, # c\n  2)\n", "foo(1, 2)", []string{"L1-2"}},
		{"import alias", "python", "import subprocess as sp\nsp.call(x)\n", "subprocess.call(...)", []string{"L2"}},
		{"from import", "python", "from subprocess import call\ncall(x)\n", "subprocess.call(...)", []string{"L2"}},
		{"from import as", "python", "from os import system as s\ns('ls')\n", "os.system(...)", []string{"L2"}},
		{"alias object metavar", "python", "import os as o\no.system('x')\n", "os.$F(...)", []string{"L2 $F=system"}},
		{"statement anywhere", "python", "def f(x):\n    if x:\n        return 42\n    return 42\n", "return 42", []string{"L3", "L4"}},
		{"expression in statement", "python", "eval(x)\ny = eval(z)\n", "eval($X)", []string{"L1 $X=x", "L2 $X=z"}},
		{"sequence", "python", "x = source()\ny = 1\nsink(x)\n", "$X = source()\n...\nsink($X)", []string{"L1-3 $X=x"}},
		{"sequence mismatch", "python", "x = source()\nsink(y)\n", "$X = source()\n...\nsink($X)", nil},
		{"sequence nested", "python", "x = source()\nif c:\n    sink(x)\n", "$X = source()\n...\nsink($X)", []string{"L1-3 $X=x"}},
		{"function any", "python", "def a(x):\n    pass\n\nasync def b():\n    return 1\n", "def $F(...): ...", []string{"L1-2 $F=a", "L4-5 $F=b"}},
		{"function body", "python", "def a(x):\n    y = 1\n    eval(x)\n", "def $F($P):\n    ...\n    eval($P)", []string{"L1-3 $F=a $P=x"}},
		{"deep", "python", "foo(bar(baz(1)))\nfoo(2)\n", "foo(<... baz($X) ...>)", []string{"L1 $X=1"}},
		{"assignment", "python", "x = 1\ny += 2\nz: int = 3\n", "$X = $Y", []string{"L1 $X=x $Y=1", "L3 $X=z $Y=3"}},
		{"method chain", "python", "a.b(1).c(2)\n", "a.b(...)", []string{"L1"}},
		{"keyword metavar", "python", "f(a=1)\n", "f($K=$V)", []string{"L1 $K=a $V=1"}},
	})
}
