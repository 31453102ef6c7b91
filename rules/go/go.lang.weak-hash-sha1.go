//go:build ignore

package auth

import (
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
)

func signRequest(secret, body []byte) string {
	// ruleid: go.lang.weak-hash-sha1
	sum := sha1.Sum(append(secret, body...))
	return hex.EncodeToString(sum[:])
}

// HMAC-SHA1 does not depend on collision resistance and is not reported.
func legacyMAC(key, msg []byte) []byte {
	// ok: go.lang.weak-hash-sha1
	mac := hmac.New(sha1.New, key)
	mac.Write(msg)
	return mac.Sum(nil)
}

func fingerprint(cert []byte) []byte {
	// ruleid: go.lang.weak-hash-sha1
	h := sha1.New()
	h.Write(cert)
	return h.Sum(nil)
}

func signRequestSafe(secret, body []byte) []byte {
	// ok: go.lang.weak-hash-sha1
	mac := hmac.New(sha256.New, secret)
	mac.Write(body)
	return mac.Sum(nil)
}
