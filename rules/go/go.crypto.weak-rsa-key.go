//go:build ignore

package keys

import (
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
)

func newSigningKey() (*rsa.PrivateKey, error) {
	// ruleid: go.crypto.weak-rsa-key
	return rsa.GenerateKey(rand.Reader, 1024)
}

func newTestKey() *rsa.PrivateKey {
	// ruleid: go.crypto.weak-rsa-key
	k, _ := rsa.GenerateKey(rand.Reader, 512)
	return k
}

func newSigningKeySafe() (*rsa.PrivateKey, error) {
	// ok: go.crypto.weak-rsa-key
	return rsa.GenerateKey(rand.Reader, 3072)
}

func newEdKey() (ed25519.PrivateKey, error) {
	// ok: go.crypto.weak-rsa-key
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	return priv, err
}
