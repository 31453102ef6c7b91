//go:build ignore

package auth

import (
	"crypto/rsa"
	"fmt"

	"github.com/golang-jwt/jwt/v5"
)

var publicKey *rsa.PublicKey
var hmacKey = []byte("loaded-from-env")

type Claims struct {
	jwt.RegisteredClaims
	Role string `json:"role"`
}

func verify(raw string) (*jwt.Token, error) {
	// ruleid: go.jwt.keyfunc-no-alg-check
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		return publicKey, nil
	})
}

func claimsOf(raw string) (*Claims, error) {
	c := &Claims{}
	// ruleid: go.jwt.keyfunc-no-alg-check
	_, err := jwt.ParseWithClaims(raw, c, func(t *jwt.Token) (any, error) {
		return hmacKey, nil
	})
	return c, err
}

func verifySafe(raw string) (*jwt.Token, error) {
	// ok: go.jwt.keyfunc-no-alg-check
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwt.SigningMethodRSA); !ok {
			return nil, fmt.Errorf("unexpected signing method %v", t.Header["alg"])
		}
		return publicKey, nil
	})
}

func verifyPinned(raw string) (*jwt.Token, error) {
	// ok: go.jwt.keyfunc-no-alg-check
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) {
		return publicKey, nil
	}, jwt.WithValidMethods([]string{"RS256"}))
}
