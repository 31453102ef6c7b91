//go:build ignore

package main

import (
	"log"
	"net/http"
	// ruleid: go.net-http.pprof-exposed
	_ "net/http/pprof"
)

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("hi")) })
	log.Fatal(http.ListenAndServe(":8080", nil))
}
