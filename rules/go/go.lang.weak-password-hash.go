//go:build ignore

package auth

import (
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"

	"golang.org/x/crypto/bcrypt"
)

type SignupForm struct {
	Email    string
	Password string
}

func hashPassword(salt, password string) string {
	// ruleid: go.lang.weak-password-hash
	sum := sha256.Sum256([]byte(salt + password))
	return hex.EncodeToString(sum[:])
}

func register(f SignupForm) []byte {
	// ruleid: go.lang.weak-password-hash
	sum := sha512.Sum512([]byte(f.Password))
	return sum[:]
}

func hashPasswordSafe(password string) ([]byte, error) {
	// ok: go.lang.weak-password-hash
	return bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
}

func fileDigest(data []byte) [32]byte {
	// ok: go.lang.weak-password-hash
	return sha256.Sum256(data)
}
