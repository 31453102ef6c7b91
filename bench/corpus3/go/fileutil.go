//go:build ignore

// Command archiver extracts uploaded archives and renders reports.
package main

import (
	"archive/zip"
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/rand"
	"encoding/gob"
	"encoding/xml"
	"io"
	"io/ioutil"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"text/template"
)

func extract(zipPath, dest string) error {
	r, err := zip.OpenReader(zipPath)
	if err != nil {
		return err
	}
	defer r.Close()
	for _, f := range r.File {
		target := filepath.Join(dest, f.Name)
		out, err := os.Create(target) // vuln: CWE-22
		if err != nil {
			return err
		}
		rc, _ := f.Open()
		io.Copy(out, rc)
		rc.Close()
		out.Close()
	}
	return nil
}

func extractSafe(zipPath, dest string) error {
	r, err := zip.OpenReader(zipPath)
	if err != nil {
		return err
	}
	defer r.Close()
	for _, f := range r.File {
		target := filepath.Join(dest, f.Name)
		if !strings.HasPrefix(target, filepath.Clean(dest)+string(os.PathSeparator)) {
			continue
		}
		out, err := os.Create(target) // safe: CWE-22
		if err != nil {
			return err
		}
		out.Close()
	}
	return nil
}

func scratchFile() (*os.File, error) {
	return os.Create("/tmp/archiver-scratch.dat") // vuln: CWE-377
}

func scratchFileSafe() (*os.File, error) {
	return ioutil.TempFile("", "archiver-*.dat") // safe: CWE-377
}

func legacyEncrypt(key, data []byte) ([]byte, error) {
	block, err := des.NewCipher(key) // vuln: CWE-327
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(data))
	block.Encrypt(out, data)
	return out, nil
}

func modernEncrypt(key, data []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block) // safe: CWE-327
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, gcm.NonceSize())
	rand.Read(nonce)
	return gcm.Seal(nonce, nonce, data, nil), nil
}

type Report struct {
	Title string `xml:"title"`
	Body  string `xml:"body"`
}

func reportHandler(w http.ResponseWriter, r *http.Request) {
	var rep Report
	if err := xml.NewDecoder(r.Body).Decode(&rep); err != nil { // safe: CWE-611
		http.Error(w, "bad xml", 400)
		return
	}
	t := template.Must(template.New("r").Parse("<h1>{{.Title}}</h1><div>{{.Body}}</div>"))
	w.Header().Set("Content-Type", "text/html")
	t.Execute(w, rep) // vuln: CWE-79
}

func stateHandler(w http.ResponseWriter, r *http.Request) {
	var state map[string]interface{}
	gob.NewDecoder(r.Body).Decode(&state)
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	if err := os.MkdirAll("/srv/archiver/out", 0o777); err != nil { // vuln: CWE-732
		log.Fatal(err)
	}
	if err := extract(os.Args[1], "/srv/archiver/out"); err != nil {
		log.Fatal(err)
	}
	_ = extractSafe
	_ = scratchFile
	_ = scratchFileSafe
	_ = legacyEncrypt
	_ = modernEncrypt
	http.HandleFunc("/report", reportHandler)
	http.HandleFunc("/state", stateHandler)
	log.Fatal(http.ListenAndServe("127.0.0.1:8081", nil))
}
