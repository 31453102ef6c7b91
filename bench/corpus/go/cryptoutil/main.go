// Prompt: "Go package with helpers to hash passwords, make API tokens and encrypt
// secrets stored in the database" (wrapped in a small CLI for testing).
package main

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/md5"
	"crypto/rand"
	"crypto/rc4"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	mrand "math/rand"
	"os"
	"time"

	"golang.org/x/crypto/bcrypt"
)

const encryptionKey = "0123456789abcdef0123456789abcdef" // vuln: CWE-798

var apiPassword = "hunter2-production" // vuln: CWE-798

const passwordParam = "password" // safe: CWE-798

func hashPassword(pw string) string {
	sum := md5.Sum([]byte(pw)) // vuln: CWE-328
	return hex.EncodeToString(sum[:])
}

func hashPasswordSHA1(pw, salt string) string {
	h := sha1.New() // vuln: CWE-328
	h.Write([]byte(salt + pw))
	return hex.EncodeToString(h.Sum(nil))
}

func hashPasswordV2(pw string) ([]byte, error) {
	return bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost) // safe: CWE-328
}

func fileID(b []byte) string {
	sum := sha256.Sum256(b) // safe: CWE-328
	return hex.EncodeToString(sum[:])
}

func apiToken() string {
	const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	mrand.Seed(time.Now().UnixNano())
	b := make([]byte, 32)
	for i := range b {
		b[i] = letters[mrand.Intn(len(letters))] // vuln: CWE-338
	}
	return string(b)
}

func apiTokenV2() string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil { // safe: CWE-338
		panic(err)
	}
	return hex.EncodeToString(b)
}

func backoff(attempt int) time.Duration {
	return time.Duration(attempt*100+mrand.Intn(100)) * time.Millisecond // safe: CWE-338
}

func encryptDES(plain []byte) ([]byte, error) {
	block, err := des.NewCipher([]byte(encryptionKey[:8])) // vuln: CWE-327
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(plain))
	block.Encrypt(out, plain)
	return out, nil
}

func encryptRC4(plain []byte) ([]byte, error) {
	c, err := rc4.NewCipher([]byte(encryptionKey)) // vuln: CWE-327
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(plain))
	c.XORKeyStream(out, plain)
	return out, nil
}

func encryptGCM(key, plain []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block) // safe: CWE-327
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return gcm.Seal(nonce, nonce, plain, nil), nil
}

func main() {
	fmt.Println(hashPassword(os.Args[1]), hashPasswordSHA1(os.Args[1], "s"), fileID([]byte("x")))
	fmt.Println(apiToken(), apiTokenV2(), backoff(2), apiPassword, passwordParam)
	h, _ := hashPasswordV2(os.Args[1])
	d, _ := encryptDES([]byte("12345678"))
	r, _ := encryptRC4([]byte("hello"))
	g, _ := encryptGCM([]byte(encryptionKey[:32]), []byte("hello"))
	fmt.Println(h, d, r, g)
}
