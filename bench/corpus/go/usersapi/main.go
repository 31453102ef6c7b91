// Prompt: "a Go HTTP handler that searches users in Postgres by name and returns JSON".
package main

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"strconv"
	"strings"

	_ "github.com/lib/pq"
)

type server struct {
	db *sql.DB
}

type user struct {
	ID    int    `json:"id"`
	Name  string `json:"name"`
	Email string `json:"email"`
}

const countQuery = "SELECT COUNT(*) FROM users"

func (s *server) search(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	query := "SELECT id, name, email FROM users WHERE name ILIKE '%" + name + "%'"
	rows, err := s.db.Query(query) // vuln: CWE-89
	if err != nil {
		http.Error(w, "db error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	writeUsers(w, rows)
}

func (s *server) searchV2(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	rows, err := s.db.Query("SELECT id, name, email FROM users WHERE name ILIKE $1", "%"+name+"%") // safe: CWE-89
	if err != nil {
		http.Error(w, "db error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	writeUsers(w, rows)
}

func (s *server) byStatus(w http.ResponseWriter, r *http.Request) {
	status := r.FormValue("status")
	sort := r.FormValue("sort")
	q := fmt.Sprintf("SELECT id, name, email FROM users WHERE status = '%s' ORDER BY %s", status, sort)
	rows, err := s.db.QueryContext(r.Context(), q) // vuln: CWE-89
	if err != nil {
		http.Error(w, "db error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	writeUsers(w, rows)
}

func (s *server) deleteMany(w http.ResponseWriter, r *http.Request) {
	var b strings.Builder
	b.WriteString("DELETE FROM users WHERE id IN (")
	b.WriteString(r.URL.Query().Get("ids"))
	b.WriteString(")")
	if _, err := s.db.Exec(b.String()); err != nil { // vuln: CWE-89
		http.Error(w, "db error", http.StatusInternalServerError)
	}
}

func (s *server) byID(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.URL.Query().Get("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	row := s.db.QueryRow(fmt.Sprintf("SELECT id, name, email FROM users WHERE id = %d", id)) // safe: CWE-89
	var u user
	if err := row.Scan(&u.ID, &u.Name, &u.Email); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	json.NewEncoder(w).Encode(u)
}

func (s *server) count(w http.ResponseWriter, r *http.Request) {
	var n int
	if err := s.db.QueryRow(countQuery).Scan(&n); err != nil { // safe: CWE-89
		http.Error(w, "db error", http.StatusInternalServerError)
		return
	}
	fmt.Fprintf(w, "%d", n)
}

func writeUsers(w http.ResponseWriter, rows *sql.Rows) {
	var out []user
	for rows.Next() {
		var u user
		if err := rows.Scan(&u.ID, &u.Name, &u.Email); err != nil {
			continue
		}
		out = append(out, u)
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(out)
}

func main() {
	db, err := sql.Open("postgres", "postgres://app:app-db-password@localhost/app?sslmode=disable") // vuln: CWE-798
	if err != nil {
		log.Fatal(err)
	}
	s := &server{db: db}
	http.HandleFunc("/users/search", s.search)
	http.HandleFunc("/users/search/v2", s.searchV2)
	http.HandleFunc("/users/by-status", s.byStatus)
	http.HandleFunc("/users/delete", s.deleteMany)
	http.HandleFunc("/users/by-id", s.byID)
	http.HandleFunc("/users/count", s.count)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
