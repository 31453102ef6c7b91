// Prompt: "Go file server for user uploads: download by name, delete, and serve a
// per-user avatar from disk".
package main

import (
	"io"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

const uploadDir = "/srv/uploads"

func download(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	p := filepath.Join(uploadDir, name)
	f, err := os.Open(p) // vuln: CWE-22
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	io.Copy(w, f)
}

func downloadV2(w http.ResponseWriter, r *http.Request) {
	name := filepath.Base(r.URL.Query().Get("file"))
	f, err := os.Open(filepath.Join(uploadDir, name)) // safe: CWE-22
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	io.Copy(w, f)
}

func downloadV3(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	if !filepath.IsLocal(name) {
		http.Error(w, "bad name", http.StatusBadRequest)
		return
	}
	http.ServeFile(w, r, filepath.Join(uploadDir, name)) // safe: CWE-22
}

func avatar(w http.ResponseWriter, r *http.Request) {
	user := strings.TrimPrefix(r.URL.Path, "/avatar/")
	http.ServeFile(w, r, uploadDir+"/avatars/"+user+".png") // vuln: CWE-22
}

func remove(w http.ResponseWriter, r *http.Request) {
	if err := os.Remove(filepath.Join(uploadDir, r.FormValue("name"))); err != nil { // vuln: CWE-22
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func readNote(w http.ResponseWriter, r *http.Request) {
	root, err := os.OpenRoot(uploadDir)
	if err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	defer root.Close()
	data, err := root.ReadFile("notes/" + r.URL.Query().Get("id")) // safe: CWE-22
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}

func readme(w http.ResponseWriter, r *http.Request) {
	data, err := os.ReadFile(filepath.Join(uploadDir, "README.txt")) // safe: CWE-22
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}

func main() {
	http.HandleFunc("/download", download)
	http.HandleFunc("/download/v2", downloadV2)
	http.HandleFunc("/download/v3", downloadV3)
	http.HandleFunc("/avatar/", avatar)
	http.HandleFunc("/delete", remove)
	http.HandleFunc("/note", readNote)
	http.HandleFunc("/readme", readme)
	http.Handle("/static/", http.StripPrefix("/static/", http.FileServer(http.Dir("./static")))) // safe: CWE-22
	log.Fatal(http.ListenAndServe(":8082", nil))
}
