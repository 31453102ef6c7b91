//go:build ignore

package auth

import (
	crand "crypto/rand"
	"encoding/base64"
	"fmt"
	"math/rand"
	mrand "math/rand"
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
		// ruleid: go.lang.insecure-random
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

const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

func generateInviteCode(n int) string {
	out := make([]byte, n)
	for i := range out {
		// ruleid: go.lang.insecure-random
		out[i] = alphabet[rand.Intn(len(alphabet))]
	}
	return string(out)
}

func (s *Store) newSessionID() string {
	// ruleid: go.lang.insecure-random
	return strconv.FormatUint(rand.Uint64(), 36)
}

func randomPassword() string {
	var sb strings.Builder
	for i := 0; i < 16; i++ {
		// ruleid: go.lang.insecure-random
		sb.WriteByte(alphabet[rand.Intn(len(alphabet))])
	}
	return sb.String()
}

func verificationCode() string {
	// ruleid: go.lang.insecure-random
	return fmt.Sprintf("%06d", rand.Intn(1000000))
}

func refreshSessionLoop(stop <-chan struct{}) {
	for {
		// ok: go.lang.insecure-random
		wait := time.Duration(5000+rand.Intn(1000)) * time.Millisecond
		select {
		case <-stop:
			return
		case <-time.After(wait):
		}
	}
}

func shuffleQuestions(qs []string) {
	// ok: go.lang.insecure-random
	rand.Shuffle(len(qs), func(i, j int) { qs[i], qs[j] = qs[j], qs[i] })
}

type Store struct{}

func newSessionToken() string {
	b := make([]byte, 32)
	// ruleid: go.lang.insecure-random
	rand.Read(b)
	return base64.URLEncoding.EncodeToString(b)
}

func apiCredentials() (string, error) {
	apiKey := make([]byte, 24)
	// ruleid: go.lang.insecure-random
	if _, err := rand.Read(apiKey); err != nil {
		return "", err
	}
	return fmt.Sprintf("%x", apiKey), nil
}

func newCSRFTokenSafe() string {
	b := make([]byte, 32)
	// ok: go.lang.insecure-random
	crand.Read(b)
	return base64.URLEncoding.EncodeToString(b)
}

func fillNoise(samples []byte) {
	// ok: go.lang.insecure-random
	rand.Read(samples)
}

func newNonce() []byte {
	nonce := make([]byte, 12)
	// ruleid: go.lang.insecure-random
	mrand.Read(nonce)
	return nonce
}
