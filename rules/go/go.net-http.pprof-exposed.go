//go:build ignore

package main

import (
	"log"
	"net/http"
	// ruleid: go.net-http.pprof-exposed
	_ "net/http/pprof"
)

// A named import registers nothing by itself; the handlers are mounted on a
// private loopback mux below.
import (
	// ok: go.net-http.pprof-exposed
	"net/http/pprof"
)

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("hi")) })
	log.Fatal(http.ListenAndServe(":8080", nil))
}

func debugServer() {
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	go http.ListenAndServe("127.0.0.1:6060", mux)
}
