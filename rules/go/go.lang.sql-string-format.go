//go:build ignore

package store

import (
	"context"
	"database/sql"
	"fmt"
)

type Repo struct{ db *sql.DB }

func (r *Repo) FindByEmail(ctx context.Context, email string) (int, error) {
	var id int
	// ruleid: go.lang.sql-string-format
	err := r.db.QueryRowContext(ctx, fmt.Sprintf("SELECT id FROM users WHERE email = '%s'", email)).Scan(&id)
	return id, err
}

func (r *Repo) Rename(id int, name string) error {
	q := "UPDATE users SET name = '" + name + "' WHERE id = " + fmt.Sprint(id)
	// ruleid: go.lang.sql-string-format
	_, err := r.db.Exec(q)
	return err
}

func (r *Repo) ByStatus(status string) (*sql.Rows, error) {
	query := fmt.Sprintf("SELECT * FROM orders WHERE status = '%v' ORDER BY created_at", status)
	// ruleid: go.lang.sql-string-format
	return r.db.Query(query)
}

func (r *Repo) FindByEmailSafe(ctx context.Context, email string) (int, error) {
	var id int
	// ok: go.lang.sql-string-format
	err := r.db.QueryRowContext(ctx, "SELECT id FROM users WHERE email = $1", email).Scan(&id)
	return id, err
}

func (r *Repo) Count() (int, error) {
	var n int
	// ok: go.lang.sql-string-format
	err := r.db.QueryRow("SELECT COUNT(*) FROM users").Scan(&n)
	return n, err
}

func (r *Repo) RenameSafe(id int, name string) error {
	q := "UPDATE users SET name = ? WHERE id = ?"
	// ok: go.lang.sql-string-format
	_, err := r.db.Exec(q, name, id)
	return err
}

var sortColumns = map[string]string{"name": "name", "newest": "created_at"}

var allowedTables = map[string]bool{"orders": true, "invoices": true}

func listSorted(db *sql.DB, sortKey string) (*sql.Rows, error) {
	col, ok := sortColumns[sortKey]
	if !ok {
		col = "name"
	}
	// ok: go.lang.sql-string-format
	return db.Query("SELECT id, name FROM customers ORDER BY " + col)
}

func countTable(db *sql.DB, table string) (*sql.Rows, error) {
	if !allowedTables[table] {
		return nil, fmt.Errorf("unknown table %q", table)
	}
	// ok: go.lang.sql-string-format
	return db.Query(fmt.Sprintf("SELECT COUNT(*) FROM %s", table))
}

func countTableUnchecked(db *sql.DB, table string) (*sql.Rows, error) {
	// ruleid: go.lang.sql-string-format
	return db.Query(fmt.Sprintf("SELECT COUNT(*) FROM %s", table))
}
