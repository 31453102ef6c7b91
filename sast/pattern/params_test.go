package pattern

import "testing"

// TestTypedParameters: a pattern parameter without a type matches a typed
// (or defaulted) parameter and binds its name; a typed declaration
// pattern matches typed declarations only.
func TestTypedParameters(t *testing.T) {
	ts := `import { NextRequest } from 'next/server';
export async function POST(request: NextRequest, ctx?: Ctx) {
  const body = await request.json();
  return body;
}
function page(q = 'x') { return q; }
function destructured({ id }: Params) {}
`
	decl := `const apiKey: string = "sk_live_1";
const name = "bob";
let retries: number = 3;
`
	py := `def view(request: HttpRequest, page=1):
    pass
def typed_default(token: str = "x"):
    pass
`
	runCases(t, []matchCase{
		{"untyped pattern param", "typescript", ts, `function $H($R, ...) { ... }`,
			[]string{"L2-5 $H=POST $R=request", "L6 $H=page $R=q", "L7 $H=destructured $R={ id }"}},
		{"param reused in body", "typescript", ts, "function $H($R, ...) {\n  ...\n  $B = await $R.json();\n  ...\n}",
			[]string{"L2-5 $B=body $H=POST $R=request"}},
		{"typed declaration only", "typescript", decl, `const $N: $T = "$V"`, []string{"L1 $N=apiKey $T=string $V=sk_live_1"}},
		{"untyped declaration any", "typescript", decl, `const $N = "$V"`, []string{"L1 $N=apiKey $V=sk_live_1", "L2 $N=name $V=bob"}},
		{"python typed params", "python", py, `def $F($R, ...): ...`, []string{"L1-2 $F=view $R=request", "L3-4 $F=typed_default $R=token"}},
	})
}

// TestGoGroupedParameters: parameters that share a type are matched one
// name at a time (`w, r *http.Request` is `w *http.Request, r *http.Request`).
func TestGoGroupedParameters(t *testing.T) {
	src := `package p

import "net/http"

func handler(rw http.ResponseWriter, r *http.Request) {}

func grouped(a, b string, req *http.Request) {}

func shared(w, r *http.Request) {}

func mixed(n int, x, y *http.Request, s string) {}
`
	runCases(t, []matchCase{
		{"request param", "go", src, `func $H(..., $R *http.Request, ...) {...}`, []string{
			"L5 $H=handler $R=r", "L7 $H=grouped $R=req", "L9 $H=shared $R=w", "L9 $H=shared $R=r",
			"L11 $H=mixed $R=x", "L11 $H=mixed $R=y"}},
		{"string then request", "go", src, `func $H(..., $S string, $R *http.Request) {...}`, []string{"L7 $H=grouped $R=req $S=b"}},
		{"exact two strings", "go", src, `func $H($A string, $B string, ...) {...}`, []string{"L7 $A=a $B=b $H=grouped"}},
	})
}
