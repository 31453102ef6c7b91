package pattern

import "testing"

func TestGoParamsAndImports(t *testing.T) {
	src := `package p

import (
	"fmt"
	_ "net/http/pprof"
)

import _ "expvar"

func h(w http.ResponseWriter, r *http.Request) { fmt.Println(r) }

func (s *Server) m(w http.ResponseWriter, req *http.Request) { s.x() }

func only(r *http.Request) {}

func none(w http.ResponseWriter) {}
`
	runCases(t, []matchCase{
		{"leading ellipsis param", "go", src, `func $H(..., $R *http.Request, ...) {...}`,
			[]string{"L10 $H=h $R=r", "L12 $H=m $R=req", "L14 $H=only $R=r"}},
		{"grouped import", "go", src, `import _ "net/http/pprof"`, []string{"L5"}},
		{"single import", "go", src, `import _ "expvar"`, []string{"L8"}},
	})
}
