//go:build ignore

package server

import "crypto/tls"

func legacyConfig() *tls.Config {
	return &tls.Config{
		MinVersion: tls.VersionTLS12,
		CipherSuites: []uint16{
			tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
			// ruleid: go.tls.weak-cipher-suites
			tls.TLS_RSA_WITH_AES_128_CBC_SHA,
			// ruleid: go.tls.weak-cipher-suites
			tls.TLS_ECDHE_RSA_WITH_RC4_128_SHA,
			// ruleid: go.tls.weak-cipher-suites
			tls.TLS_RSA_WITH_3DES_EDE_CBC_SHA,
		},
	}
}

func modernConfig() *tls.Config {
	return &tls.Config{
		MinVersion: tls.VersionTLS12,
		CipherSuites: []uint16{
			// ok: go.tls.weak-cipher-suites
			tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
			// ok: go.tls.weak-cipher-suites
			tls.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
		},
	}
}
