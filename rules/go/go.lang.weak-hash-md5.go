//go:build ignore

package store

import (
	"crypto/md5"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
)

func hashPassword(password string) string {
	// ruleid: go.lang.weak-hash-md5
	sum := md5.Sum([]byte(password))
	return hex.EncodeToString(sum[:])
}

func fileChecksum(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	// ruleid: go.lang.weak-hash-md5
	h := md5.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func strongChecksum(data []byte) string {
	// ok: go.lang.weak-hash-md5
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

func streamChecksum(r io.Reader) ([]byte, error) {
	// ok: go.lang.weak-hash-md5
	h := sha256.New()
	if _, err := io.Copy(h, r); err != nil {
		return nil, err
	}
	return h.Sum(nil), nil
}
