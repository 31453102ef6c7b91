//go:build ignore

// Prompt: "net/http + database/sql (Postgres): a /search endpoint for books
// with a sort column the user picks, and a CSV export."
package main

import (
	"database/sql"
	"encoding/csv"
	"fmt"
	"log"
	"net/http"
	"strconv"
	"strings"

	_ "github.com/lib/pq"
)

type Server struct {
	db    *sql.DB
	table string
}

var sortable = map[string]string{"title": "title", "year": "published_year", "author": "author"}

func (s *Server) buildSearch(term, author string) string {
	var b strings.Builder
	b.WriteString("SELECT id, title FROM " + s.table + " WHERE title ILIKE '%" + term + "%'")
	if author != "" {
		b.WriteString(fmt.Sprintf(" AND author = '%s'", author))
	}
	return b.String()
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	rows, err := s.db.Query(s.buildSearch(q.Get("q"), q.Get("author"))) // vuln: CWE-89
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	writeRows(w, rows)
}

func (s *Server) searchSafe(w http.ResponseWriter, r *http.Request) {
	rows, err := s.db.QueryContext(r.Context(), "SELECT id, title FROM books WHERE title ILIKE $1", "%"+r.URL.Query().Get("q")+"%") // safe: CWE-89
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	writeRows(w, rows)
}

func (s *Server) sorted(w http.ResponseWriter, r *http.Request) {
	col := r.FormValue("sort")
	query := "SELECT id, title FROM books ORDER BY " + col
	rows, err := s.db.Query(query) // vuln: CWE-89
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	writeRows(w, rows)
}

func (s *Server) sortedSafe(w http.ResponseWriter, r *http.Request) {
	col, ok := sortable[r.FormValue("sort")]
	if !ok {
		col = "title"
	}
	rows, err := s.db.Query("SELECT id, title FROM books ORDER BY " + col) // safe: CWE-89
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	writeRows(w, rows)
}

func (s *Server) byID(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.URL.Query().Get("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	row := s.db.QueryRow(fmt.Sprintf("SELECT title FROM books WHERE id = %d", id)) // safe: CWE-89
	var title string
	_ = row.Scan(&title)
	fmt.Fprintf(w, "<h1>%s</h1><p>requested %s</p>", title, r.URL.Query().Get("id")) // vuln: CWE-79
}

func (s *Server) deleteBook(w http.ResponseWriter, r *http.Request) {
	title := r.PostFormValue("title")
	_, err := s.db.Exec("DELETE FROM books WHERE title = '" + title + "'") // vuln: CWE-89
	if err != nil {
		http.Error(w, "delete failed", http.StatusInternalServerError)
	}
}

func writeRows(w http.ResponseWriter, rows *sql.Rows) {
	out := csv.NewWriter(w)
	for rows.Next() {
		var id int
		var title string
		if err := rows.Scan(&id, &title); err == nil {
			_ = out.Write([]string{strconv.Itoa(id), title})
		}
	}
	out.Flush()
}

func main() {
	db, err := sql.Open("postgres", "postgres://app:app@localhost/books?sslmode=disable") // vuln: CWE-798
	if err != nil {
		log.Fatal(err)
	}
	s := &Server{db: db, table: "books"}
	http.HandleFunc("/search", s.search)
	http.HandleFunc("/search-safe", s.searchSafe)
	http.HandleFunc("/sorted", s.sorted)
	http.HandleFunc("/sorted-safe", s.sortedSafe)
	http.HandleFunc("/book", s.byID)
	http.HandleFunc("/delete", s.deleteBook)
	log.Fatal(http.ListenAndServe("127.0.0.1:8080", nil))
}
