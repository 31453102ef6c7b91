package lang

import (
	"context"
	"testing"
)

// TestModernSyntax: current language versions parse without error
// recovery (Python 3.12 f-strings and match, TypeScript 5 / TSX, Java 21,
// Go generics).
func TestModernSyntax(t *testing.T) {
	reg := NewRegistry()
	tests := []struct{ lang, name, src string }{
		{"python", "PEP 701 f-string with same quotes", "x = f\"{d[\"a\"]} {y!r:>10} {f\"{z}\"}\"\n"},
		{"python", "match statement", "match cmd:\n    case [\"go\", *rest]:\n        pass\n    case {\"k\": v} if v > 1:\n        pass\n    case Point(x=0):\n        pass\n    case _:\n        pass\n"},
		{"python", "type alias and generics (3.12)", "type Pair[T] = tuple[T, T]\ndef first[T](p: Pair[T]) -> T:\n    return p[0]\n"},
		{"python", "walrus and async comprehension", "async def f(xs):\n    if (n := len(xs)) > 1:\n        return [x async for x in g(xs)]\n"},
		{"typescript", "satisfies, const type parameters, decorators", "const c = { a: 1 } satisfies Record<string, number>;\nfunction f<const T extends readonly unknown[]>(x: T): T { return x; }\nclass A { @dec() accessor m = 1; }\n"},
		{"typescript", "using declaration and enums", "enum E { A = 1 }\nexport type U = `a-${string}`;\nlet v = x as const;\n"},
		{"tsx", "JSX with generics", "const C = <T,>(p: { v: T }) => <div className=\"a\">{p.v as any}</div>;\n"},
		{"java", "records, switch patterns, text blocks", "record P(int x, int y) {}\nclass A {\n  String s = \"\"\"\n    hi\n    \"\"\";\n  Object f(Object o) {\n    return switch (o) {\n      case Integer i when i > 0 -> i;\n      case P(int x, int y) -> x;\n      default -> o;\n    };\n  }\n}\n"},
		{"java", "sealed interfaces and var", "sealed interface S permits A {}\nfinal class A implements S { void m() { var l = new java.util.ArrayList<String>(); } }\n"},
		{"go", "generics", "package p\n\ntype Num interface{ ~int | ~float64 }\n\nfunc Sum[T Num](xs []T) (s T) {\n\tfor _, x := range xs {\n\t\ts += x\n\t}\n\treturn\n}\n\nvar _ = Sum[int]([]int{1})\n"},
		{"go", "range over int and func", "package p\n\nfunc f(seq func(func(int) bool)) {\n\tfor i := range 10 {\n\t\t_ = i\n\t}\n\tfor v := range seq {\n\t\t_ = v\n\t}\n}\n"},
		{"javascript", "modern JS", "class A { #p = 1; static { init(); } get p() { return this.#p ?? 0; } }\nconst r = a?.b?.(...c) ?? d;\nexport default async function* g() { yield* await h(); }\n"},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.name, func(t *testing.T) {
			tree, err := reg.Lookup(tt.lang).Parse(context.Background(), []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if tree.ErrorCount != 0 {
				t.Errorf("%d syntax errors in:\n%s", tree.ErrorCount, tt.src)
			}
		})
	}
}
