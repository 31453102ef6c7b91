//go:build ignore

package client

import (
	"crypto/tls"
	"crypto/x509"
	"net/http"
	"time"
)

func newPartnerClient() *http.Client {
	tr := &http.Transport{
		// ruleid: go.tls.insecure-skip-verify
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	}
	return &http.Client{Transport: tr, Timeout: 10 * time.Second}
}

func patchDefault() {
	cfg := http.DefaultTransport.(*http.Transport).TLSClientConfig
	// ruleid: go.tls.insecure-skip-verify
	cfg.InsecureSkipVerify = true
}

func newInternalClient(caPEM []byte) *http.Client {
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(caPEM)
	tr := &http.Transport{
		// ok: go.tls.insecure-skip-verify
		TLSClientConfig: &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12},
	}
	return &http.Client{Transport: tr, Timeout: 10 * time.Second}
}

func strict() *tls.Config {
	// ok: go.tls.insecure-skip-verify
	return &tls.Config{InsecureSkipVerify: false, MinVersion: tls.VersionTLS13}
}
