//go:build ignore

package config

import (
	"database/sql"
	"os"

	"github.com/go-sql-driver/mysql"
)

// ruleid: go.lang.hardcoded-credentials
const dbPassword = "Pr0d-S3cret!2024"

// ruleid: go.lang.hardcoded-credentials
var jwtSigningKey = "9f86d081884c7d659a2feaa0c55ad015"

func connect() (*sql.DB, error) {
	cfg := mysql.Config{
		User: "app",
		// ruleid: go.lang.hardcoded-credentials
		Passwd: "mysql-pa55w0rd",
		Net:    "tcp",
		Addr:   "db.internal:3306",
		DBName: "shop",
	}
	return sql.Open("mysql", cfg.FormatDSN())
}

func stripeClient() string {
	// ruleid: go.lang.hardcoded-credentials
	apiKey := "sk_live_51HqLyjWDarjtT1zdp7dc"
	return apiKey
}

func connectSafe() (*sql.DB, error) {
	// ok: go.lang.hardcoded-credentials
	cfg := mysql.Config{
		User:   "app",
		Passwd: os.Getenv("DB_PASSWORD"),
		Net:    "tcp",
		Addr:   "db.internal:3306",
	}
	return sql.Open("mysql", cfg.FormatDSN())
}

// ok: go.lang.hardcoded-credentials
const passwordHeader = "X-Password"

// ok: go.lang.hardcoded-credentials
var apiKeyPlaceholder = "<your-api-key>"

func empty() string {
	// ok: go.lang.hardcoded-credentials
	password := ""
	return password
}

// ruleid: go.lang.hardcoded-credentials
const JWTSecret string = "jwt-s1gning-2f9a-c0ffee"

// ruleid: go.lang.hardcoded-credentials
var githubToken = "ghp_4f9aX2LmQw8ZkP0rT7vB3nYc"

func headers() map[string]string {
	h := map[string]string{}
	// ruleid: go.lang.hardcoded-credentials
	h["X-Api-Token"] = "tok_live_8843abcd11"
	return h
}

// ok: go.lang.hardcoded-credentials
const tokenKind = "REFRESH_TOKEN"

// ok: go.lang.hardcoded-credentials
const passwordResetPath = "/account/password/reset"

func lexer() {
	// ok: go.lang.hardcoded-credentials
	nextToken := "identifier"
	_ = nextToken
}

// ruleid: go.lang.hardcoded-credentials
var hmacSecret = []byte("wh-s3cret-7d1e4b2a9c")

func newSigner() *signer {
	// ruleid: go.lang.hardcoded-credentials
	signingKey := []byte("k8s-signing_2f1c9e77")
	return &signer{
		// ruleid: go.lang.hardcoded-credentials
		secretKey: []byte("7Hq!vX2pLw9#zR4m"),
		key:       signingKey,
	}
}

type signer struct {
	secretKey []byte
	key       []byte
}

// ok: go.lang.hardcoded-credentials
var jwtKey = []byte(os.Getenv("JWT_SIGNING_KEY"))

// ok: go.lang.hardcoded-credentials
var tokenPrefix = []byte("Bearer")
