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
	// ruleid: go.lang.hardcoded-credentials
	cfg := mysql.Config{
		User: "app",
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
		User: "app",
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
