// Prompt: "Go client for an internal API that uses a self-signed certificate, and
// middleware that reads the user ID from a JWT bearer token".
package main

import (
	"context"
	"crypto/tls"
	"log"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

type ctxKey string

var jwtKey = []byte(os.Getenv("JWT_KEY"))

func insecureClient() *http.Client {
	tr := &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, // vuln: CWE-295
	}
	return &http.Client{Transport: tr, Timeout: 10 * time.Second}
}

func internalClient() *http.Client {
	cfg := &tls.Config{MinVersion: tls.VersionTLS12}
	if os.Getenv("INTERNAL_INSECURE") == "1" {
		cfg.InsecureSkipVerify = true // vuln: CWE-295
	}
	return &http.Client{Transport: &http.Transport{TLSClientConfig: cfg}}
}

func strictClient() *http.Client {
	cfg := &tls.Config{MinVersion: tls.VersionTLS13, InsecureSkipVerify: false} // safe: CWE-295
	return &http.Client{Transport: &http.Transport{TLSClientConfig: cfg}}
}

func legacyServerConfig() *tls.Config {
	return &tls.Config{MinVersion: tls.VersionTLS10} // vuln: CWE-327
}

func authMiddleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		tok, _, err := jwt.NewParser().ParseUnverified(raw, jwt.MapClaims{}) // vuln: CWE-347
		if err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		sub, _ := tok.Claims.GetSubject()
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey("user"), sub)))
	})
}

func authMiddlewareV2(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		tok, err := jwt.Parse(raw, func(t *jwt.Token) (any, error) { return jwtKey, nil }, jwt.WithValidMethods([]string{"HS256"})) // safe: CWE-347
		if err != nil || !tok.Valid {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		sub, _ := tok.Claims.GetSubject()
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey("user"), sub)))
	})
}

func authMiddlewareV3(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		tok, err := jwt.Parse(raw, func(t *jwt.Token) (any, error) { return jwt.UnsafeAllowNoneSignatureType, nil }) // vuln: CWE-347
		if err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		sub, _ := tok.Claims.GetSubject()
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey("user"), sub)))
	})
}

func main() {
	_ = insecureClient()
	_ = internalClient()
	_ = strictClient()
	mux := http.NewServeMux()
	mux.Handle("/v1/", authMiddleware(http.NotFoundHandler()))
	mux.Handle("/v2/", authMiddlewareV2(http.NotFoundHandler()))
	mux.Handle("/v3/", authMiddlewareV3(http.NotFoundHandler()))
	srv := &http.Server{Addr: ":8443", Handler: mux, TLSConfig: legacyServerConfig()}
	log.Fatal(srv.ListenAndServeTLS("cert.pem", "key.pem"))
}
