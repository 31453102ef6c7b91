//go:build ignore

package auth

import (
	"errors"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

var hmacKey = []byte("loaded-from-env")

func userFromRequest(r *http.Request) (string, error) {
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	claims := jwt.MapClaims{}
	// ruleid: go.jwt.parse-unverified
	_, _, err := jwt.NewParser().ParseUnverified(raw, claims)
	if err != nil {
		return "", err
	}
	return claims["sub"].(string), nil
}

func isAdmin(raw string) bool {
	p := jwt.NewParser()
	claims := jwt.MapClaims{}
	// ruleid: go.jwt.parse-unverified
	if _, _, err := p.ParseUnverified(raw, claims); err != nil {
		return false
	}
	return claims["role"] == "admin"
}

func userFromRequestSafe(r *http.Request) (string, error) {
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	claims := jwt.MapClaims{}
	// ok: go.jwt.parse-unverified
	tok, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (any, error) { return hmacKey, nil }, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil || !tok.Valid {
		return "", errors.New("unauthorized")
	}
	return claims["sub"].(string), nil
}
