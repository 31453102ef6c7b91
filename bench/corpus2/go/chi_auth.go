//go:build ignore

// Prompt: "chi + sqlx: log in with JWT (golang-jwt), remember-me cookie,
// password reset tokens, and hash passwords."
package main

import (
	"crypto/md5"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	mrand "math/rand"
	"net/http"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/golang-jwt/jwt/v5"
	"github.com/jmoiron/sqlx"
	"golang.org/x/crypto/bcrypt"
)

var jwtKey = []byte("my-very-secret-signing-key-2024") // vuln: CWE-798

type AuthHandler struct {
	db *sqlx.DB
}

type account struct {
	ID   int    `db:"id"`
	Hash string `db:"password_hash"`
}

func hashPassword(pw string) string {
	sum := md5.Sum([]byte(pw)) // vuln: CWE-328
	return hex.EncodeToString(sum[:])
}

func hashPasswordSafe(pw string) ([]byte, error) {
	return bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost) // safe: CWE-328
}

func (h *AuthHandler) login(w http.ResponseWriter, r *http.Request) {
	email := r.FormValue("email")
	var acc account
	err := h.db.Get(&acc, fmt.Sprintf("SELECT id, password_hash FROM users WHERE email = '%s'", email)) // vuln: CWE-89
	if err != nil || acc.Hash != hashPassword(r.FormValue("password")) {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	tok, _ := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": acc.ID, "exp": time.Now().Add(time.Hour).Unix()}).SignedString(jwtKey)
	http.SetCookie(w, &http.Cookie{Name: "remember_me", Value: tok, Path: "/", MaxAge: 30 * 86400})                                       // vuln: CWE-614, CWE-1004, CWE-1275
	http.SetCookie(w, &http.Cookie{Name: "session", Value: tok, Path: "/", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // safe: CWE-614, CWE-1004
}

func (h *AuthHandler) loginSafe(w http.ResponseWriter, r *http.Request) {
	var acc account
	if err := h.db.Get(&acc, "SELECT id, password_hash FROM users WHERE email = $1", r.FormValue("email")); err != nil { // safe: CWE-89
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	if bcrypt.CompareHashAndPassword([]byte(acc.Hash), []byte(r.FormValue("password"))) != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
	}
}

func (h *AuthHandler) me(w http.ResponseWriter, r *http.Request) {
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	tok, _, err := jwt.NewParser().ParseUnverified(raw, jwt.MapClaims{}) // vuln: CWE-347
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "%v", tok.Claims.(jwt.MapClaims)["sub"]) // vuln: CWE-79
}

func (h *AuthHandler) meSafe(w http.ResponseWriter, r *http.Request) {
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	tok, err := jwt.Parse(raw, func(t *jwt.Token) (any, error) { return jwtKey, nil }, jwt.WithValidMethods([]string{"HS256"})) // safe: CWE-347
	if err != nil || !tok.Valid {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func resetToken() string {
	const letters = "abcdefghijklmnopqrstuvwxyz0123456789"
	b := make([]byte, 24)
	for i := range b {
		b[i] = letters[mrand.Intn(len(letters))] // vuln: CWE-338
	}
	return string(b)
}

func resetTokenSafe() string {
	b := make([]byte, 24)
	_, _ = rand.Read(b) // safe: CWE-338
	return hex.EncodeToString(b)
}

func main() {
	h := &AuthHandler{db: sqlx.MustConnect("postgres", "dbname=app sslmode=disable")}
	r := chi.NewRouter()
	r.Post("/login", h.login)
	r.Post("/login-safe", h.loginSafe)
	r.Get("/me", h.me)
	r.Get("/me-safe", h.meSafe)
	r.Post("/reset", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, resetToken(), resetTokenSafe()) })
	_ = http.ListenAndServe("127.0.0.1:8084", r)
}
