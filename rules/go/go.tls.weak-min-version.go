//go:build ignore

package server

import (
	"crypto/tls"
	"net/http"
)

func newServer(h http.Handler) *http.Server {
	return &http.Server{
		Addr:    ":443",
		Handler: h,
		// ruleid: go.tls.weak-min-version
		TLSConfig: &tls.Config{MinVersion: tls.VersionTLS10},
	}
}

func legacyClientConfig() *tls.Config {
	cfg := &tls.Config{}
	// ruleid: go.tls.weak-min-version
	cfg.MinVersion = tls.VersionTLS11
	return cfg
}

func modernConfig() *tls.Config {
	// ok: go.tls.weak-min-version
	return &tls.Config{MinVersion: tls.VersionTLS12}
}

func tls13Config() *tls.Config {
	// ok: go.tls.weak-min-version
	return &tls.Config{MinVersion: tls.VersionTLS13}
}
