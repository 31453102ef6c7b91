//go:build ignore

// Package main is a small HTTP service for a bookmarks app.
package main

import (
	"database/sql"
	"fmt"
	"html/template"
	"io"
	"log"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	_ "github.com/lib/pq"
)

var db *sql.DB

func searchHandler(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	rows, err := db.Query("SELECT id, url FROM bookmarks WHERE title LIKE '%" + q + "%'") // vuln: CWE-89
	if err != nil {
		http.Error(w, err.Error(), 500)
		return
	}
	defer rows.Close()
	fmt.Fprintln(w, "ok")
}

func tagHandler(w http.ResponseWriter, r *http.Request) {
	tag := r.URL.Query().Get("tag")
	query := fmt.Sprintf("SELECT id FROM bookmarks WHERE tag = '%s'", tag)
	rows, err := db.Query(query) // vuln: CWE-89
	if err != nil {
		http.Error(w, err.Error(), 500)
		return
	}
	rows.Close()
}

func getHandler(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	row := db.QueryRow("SELECT url FROM bookmarks WHERE id = $1", id) // safe: CWE-89
	var url string
	if err := row.Scan(&url); err != nil {
		http.NotFound(w, r)
		return
	}
	fmt.Fprintln(w, url)
}

func helloHandler(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, "<h1>Hello, %s</h1>", name) // vuln: CWE-79
}

var page = template.Must(template.New("p").Parse("<h1>Hello, {{.}}</h1>"))

func helloSafeHandler(w http.ResponseWriter, r *http.Request) {
	page.Execute(w, r.URL.Query().Get("name")) // safe: CWE-79
}

func rawHandler(w http.ResponseWriter, r *http.Request) {
	note := r.URL.Query().Get("note")
	page.Execute(w, template.HTML(note)) // vuln: CWE-79
}

func exportHandler(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	f, err := os.Open(filepath.Join("/var/bookmarks/exports", name)) // vuln: CWE-22
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	io.Copy(w, f)
}

func exportSafeHandler(w http.ResponseWriter, r *http.Request) {
	name := filepath.Base(r.URL.Query().Get("file"))
	http.ServeFile(w, r, filepath.Join("/var/bookmarks/exports", name)) // safe: CWE-22
}

func screenshotHandler(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("url")
	out, err := exec.Command("sh", "-c", "chromium --headless --screenshot "+target).CombinedOutput() // vuln: CWE-78
	if err != nil {
		http.Error(w, string(out), 500)
		return
	}
	w.Write(out)
}

func screenshotSafeHandler(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("url")
	if !strings.HasPrefix(target, "https://") {
		http.Error(w, "bad url", 400)
		return
	}
	out, _ := exec.Command("chromium", "--headless", "--screenshot", target).CombinedOutput() // safe: CWE-78
	w.Write(out)
}

func loginRedirect(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, r.FormValue("next"), http.StatusFound) // vuln: CWE-601
}

func main() {
	var err error
	db, err = sql.Open("postgres", "postgres://bookmarks:hunter2@localhost/bookmarks?sslmode=disable") // vuln: CWE-798
	if err != nil {
		log.Fatal(err)
	}
	http.HandleFunc("/search", searchHandler)
	http.HandleFunc("/hello", helloHandler)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
