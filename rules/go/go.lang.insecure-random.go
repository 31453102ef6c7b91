//go:build ignore

package auth

import (
	crand "crypto/rand"
	"encoding/base64"
	"fmt"
	"math/rand"
	"time"
)

const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

type Session struct {
	Token  string
	UserID int
}

func newResetToken() string {
	rand.Seed(time.Now().UnixNano())
	b := make([]byte, 32)
	for i := range b {
		b[i] = letters[rand.Intn(len(letters))]
	}
	// ruleid: go.lang.insecure-random
	resetToken := fmt.Sprintf("%s-%d", string(b), rand.Int63())
	return resetToken
}

func sendOTP(phone string) string {
	// ruleid: go.lang.insecure-random
	otp := fmt.Sprintf("%06d", rand.Intn(1000000))
	sms(phone, "Your code: "+otp)
	return otp
}

func newSession(uid int) Session {
	// ruleid: go.lang.insecure-random
	return Session{
		Token:  fmt.Sprintf("%x", rand.Uint64()),
		UserID: uid,
	}
}

func newResetTokenSafe() (string, error) {
	b := make([]byte, 32)
	if _, err := crand.Read(b); err != nil {
		return "", err
	}
	// ok: go.lang.insecure-random
	resetToken := base64.RawURLEncoding.EncodeToString(b)
	return resetToken, nil
}

func retryDelay(attempt int) time.Duration {
	// ok: go.lang.insecure-random
	jitter := time.Duration(rand.Intn(250)) * time.Millisecond
	return time.Duration(attempt)*time.Second + jitter
}

func pickServer(servers []string) string {
	// ok: go.lang.insecure-random
	server := servers[rand.Intn(len(servers))]
	return server
}

func sms(phone, msg string) {}
