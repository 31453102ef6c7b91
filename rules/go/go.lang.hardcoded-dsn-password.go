//go:build ignore

package store

import (
	"database/sql"
	"fmt"
	"os"

	"github.com/redis/go-redis/v9"
)

func openMySQL() (*sql.DB, error) {
	// ruleid: go.lang.hardcoded-dsn-password
	return sql.Open("mysql", "root:root-Pa55@tcp(127.0.0.1:3306)/shop?parseTime=true")
}

func openPostgres() (*sql.DB, error) {
	// ruleid: go.lang.hardcoded-dsn-password
	return sql.Open("pgx", "postgres://app:app-db-password@db.internal:5432/orders?sslmode=disable")
}

// ruleid: go.lang.hardcoded-dsn-password
const legacyDSN = `host=db.internal user=billing password=B1lling!22 dbname=billing sslmode=require`

func cache() *redis.Client {
	// ruleid: go.lang.hardcoded-dsn-password
	opt, _ := redis.ParseURL("redis://:cache-Secr3t@cache.internal:6379/0")
	return redis.NewClient(opt)
}

func openFromEnv() (*sql.DB, error) {
	// ok: go.lang.hardcoded-dsn-password
	return sql.Open("pgx", os.Getenv("DATABASE_URL"))
}

func openFromParts(user, pass, host string) (*sql.DB, error) {
	// ok: go.lang.hardcoded-dsn-password
	dsn := fmt.Sprintf("%s:%s@tcp(%s:3306)/shop", user, pass, host)
	return sql.Open("mysql", dsn)
}

// ok: go.lang.hardcoded-dsn-password
const localDSN = "postgres://localhost:5432/dev?sslmode=disable"

// ok: go.lang.hardcoded-dsn-password
const usage = "set DATABASE_URL, e.g. postgres://user:secret@localhost/app"
