package pattern

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vouchsec/vouch/sast/ast"
)

func TestDecorators(t *testing.T) {
	pySrc := "@login_required\n@app.route(\"/x\")\ndef f(a):\n    pass\n\n@app.route(\"/y\")\ndef g():\n    pass\n\n@other\ndef h():\n    pass\n"
	javaSrc := "class A {\n  @ResponseBody @GetMapping(\"/x\") public String f(int a) { return a; }\n  @GetMapping(\"/y\") String g() { return b; }\n  @ResponseBody public String h() { return c; }\n}\n"
	tsSrc := "@Injectable() @Component({a: 1}) class X { }\n@Component({}) class Y { }\n@Injectable() class Z { }\n"
	runCases(t, []matchCase{
		{"subset of decorators", "python", pySrc, "@app.route(...)\ndef $F(...):\n    ...", []string{"L1-4 $F=f", "L6-8 $F=g"}},
		{"decorators in any order", "python", pySrc, "@app.route(...)\n@login_required\ndef $F(...):\n    ...", []string{"L1-4 $F=f"}},
		{"decorator not present", "python", pySrc, "@admin_only\ndef $F(...):\n    ...", nil},
		{"annotation subset with modifiers", "java", javaSrc, "@GetMapping(...)\npublic $T $M(...) {...}", []string{"L2 $M=f $T=String"}},
		{"annotations in any order", "java", javaSrc, "@GetMapping($P)\n@ResponseBody\n$T $M(...) {...}", []string{"L2 $M=f $P=\"/x\" $T=String"}},
		{"annotation without modifiers", "java", javaSrc, "@GetMapping(...)\n$T $M(...) {...}", []string{"L2 $M=f $T=String", "L3 $M=g $T=String"}},
		{"ts decorators subset", "typescript", tsSrc, "@Component(...)\nclass $C {}", []string{"L1 $C=X", "L2 $C=Y"}},
	})
}

func TestUnorderedEntries(t *testing.T) {
	runCases(t, []matchCase{
		{"python dict any order exact count", "python", "f({'a': 1, 'b': 2})\nf({'b': 2, 'a': 1})\nf({'a': 1})\nf({'a': 1, 'b': 2, 'c': 3})\n",
			"f({'a': 1, 'b': $X})", []string{"L1 $X=2", "L2 $X=2"}},
		{"python dict with ellipsis", "python", "f({'a': 1, 'b': 2})\nf({'b': 2, 'c': 3})\nf({'c': 3})\n",
			"f({'b': $X, ...})", []string{"L1 $X=2", "L2 $X=2"}},
		{"js object any order", "javascript", "f({b: 2, a: 1});\nf({a: 1});\n", "f({a: 1, b: $X})", []string{"L1 $X=2"}},
		{"java annotation elements any order", "java", "class A {\n  @RequestMapping(method = GET, value = \"/x\") void f() {}\n}\n",
			"@RequestMapping(value = \"/x\", method = $M)\nvoid $F() {}", []string{"L2 $F=f $M=GET"}},
	})
}

func TestMatchNodes(t *testing.T) {
	l := registry.Lookup("python")
	src := "f(1)\ng(f(2), f(3))\nf(4)\n"
	tr, err := l.Parse(context.Background(), []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	p, err := Compile(l, "f($X)")
	if err != nil {
		t.Fatal(err)
	}
	ix := NewIndex(l, tr)
	g := ix.NodesOfType("call")[1] // g(...)
	if got := ix.Text(g); got != "g(f(2), f(3))" {
		t.Fatalf("node %q", got)
	}
	ms, err := p.MatchNodes(context.Background(), ix, []*ast.Node{g.ChildByField("arguments").Children[1]})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"L2 $X=2"}, render(ms)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
