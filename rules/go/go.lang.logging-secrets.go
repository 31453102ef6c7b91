//go:build ignore

package auth

import (
	"log"
	"log/slog"
	"net/http"
)

type Creds struct {
	Username string
	Password string
	APIKey   string
}

func login(username, password string) bool {
	// ruleid: go.lang.logging-secrets
	log.Printf("login attempt user=%s password=%s", username, password)
	return check(username, password)
}

func callPartner(c Creds) {
	// ruleid: go.lang.logging-secrets
	slog.Info("calling partner", "user", c.Username, "key", c.APIKey)
}

func refresh(refreshToken string) {
	// ruleid: go.lang.logging-secrets
	log.Println("refreshing with", refreshToken)
}

func loginSafe(username, password string) bool {
	// ok: go.lang.logging-secrets
	log.Printf("login attempt user=%s", username)
	return check(username, password)
}

func passwordChanged(userID int) {
	// ok: go.lang.logging-secrets
	slog.Info("password changed", "user_id", userID)
}

func check(u, p string) bool { return false }

func basicAuth(user, pass string) {
	// ruleid: go.lang.logging-secrets
	log.Printf("connecting as user=%s password=%s", user, pass)
}

func traceRequest(r *http.Request) {
	// ruleid: go.lang.logging-secrets
	log.Printf("auth header: %s", r.Header.Get("Authorization"))
	// ok: go.lang.logging-secrets
	log.Printf("request %s %s", r.Method, r.URL.Path)
}

func (s *Server) rotate(cred string) {
	// ruleid: go.lang.logging-secrets
	s.logger.Infof("rotated api key: %s", cred)
	// ok: go.lang.logging-secrets
	s.logger.Infof("password policy failed for %s", s.name)
}
