//go:build ignore

package main

import (
	"log"
	"net/http"
	"time"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) })
	// ruleid: go.net-http.server-no-timeouts
	log.Fatal(http.ListenAndServe(":8080", mux))
}

func serveTLS(mux *http.ServeMux) error {
	// ruleid: go.net-http.server-no-timeouts
	srv := &http.Server{Addr: ":8443", Handler: mux}
	return srv.ListenAndServeTLS("cert.pem", "key.pem")
}

func serveSafe(mux *http.ServeMux) error {
	// ok: go.net-http.server-no-timeouts
	srv := &http.Server{
		Addr:              ":8080",
		Handler:           mux,
		ReadHeaderTimeout: 5 * time.Second,
		WriteTimeout:      30 * time.Second,
	}
	return srv.ListenAndServe()
}
