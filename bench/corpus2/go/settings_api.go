//go:build ignore

// Prompt: "net/http service: store user settings in YAML on disk, import a
// settings backup (gob), parse an XML invoice and export a report file."
package main

import (
	"encoding/gob"
	"encoding/xml"
	"html/template"
	"io"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"regexp"

	"gopkg.in/yaml.v3"
)

type Settings struct {
	Theme    string `yaml:"theme"`
	Language string `yaml:"language"`
	APIToken string `yaml:"api_token"`
}

type Invoice struct {
	XMLName xml.Name `xml:"invoice"`
	Total   string   `xml:"total"`
}

var userRe = regexp.MustCompile(`^[a-z0-9_]{1,32}$`)

const settingsDir = "/var/lib/app/settings"

func saveSettings(w http.ResponseWriter, r *http.Request) {
	var s Settings
	if err := yaml.NewDecoder(r.Body).Decode(&s); err != nil { // safe: CWE-502
		http.Error(w, "bad yaml", http.StatusBadRequest)
		return
	}
	user := r.URL.Query().Get("user")
	out, _ := yaml.Marshal(s)
	if err := os.WriteFile(filepath.Join(settingsDir, user+".yaml"), out, 0o666); err != nil { // vuln: CWE-22, CWE-732
		http.Error(w, "write failed", http.StatusInternalServerError)
		return
	}
	log.Printf("saved settings for %s: token=%s", user, s.APIToken) // vuln: CWE-532
}

func saveSettingsSafe(w http.ResponseWriter, r *http.Request) {
	var s Settings
	if err := yaml.NewDecoder(io.LimitReader(r.Body, 1<<16)).Decode(&s); err != nil {
		http.Error(w, "bad yaml", http.StatusBadRequest)
		return
	}
	user := r.URL.Query().Get("user")
	if !userRe.MatchString(user) {
		http.Error(w, "bad user", http.StatusBadRequest)
		return
	}
	out, _ := yaml.Marshal(s)
	if err := os.WriteFile(filepath.Join(settingsDir, user+".yaml"), out, 0o600); err != nil { // safe: CWE-22, CWE-732
		http.Error(w, "write failed", http.StatusInternalServerError)
		return
	}
	log.Printf("saved settings for %s", user) // safe: CWE-532
}

func importBackup(w http.ResponseWriter, r *http.Request) {
	var data map[string]any
	if err := gob.NewDecoder(r.Body).Decode(&data); err != nil { // vuln: CWE-502
		http.Error(w, "bad backup", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func parseInvoice(w http.ResponseWriter, r *http.Request) {
	var inv Invoice
	if err := xml.NewDecoder(r.Body).Decode(&inv); err != nil { // safe: CWE-611
		http.Error(w, "bad xml", http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "text/html")
	io.WriteString(w, "<p>Total: "+inv.Total+"</p>") // vuln: CWE-79
}

func exportReport(w http.ResponseWriter, r *http.Request) {
	f, err := os.Create("/tmp/report-" + r.URL.Query().Get("name") + ".csv") // vuln: CWE-22, CWE-377
	if err != nil {
		http.Error(w, "create failed", http.StatusInternalServerError)
		return
	}
	defer f.Close()
	tmp, err := os.CreateTemp("", "report-*.csv") // safe: CWE-377
	if err != nil {
		return
	}
	defer os.Remove(tmp.Name())
	t := template.Must(template.New("x").Parse(`<a href="/reports/{{.}}">download</a>`))
	_ = t.Execute(w, filepath.Base(f.Name())) // safe: CWE-79
}

func main() {
	http.HandleFunc("/settings", saveSettings)
	http.HandleFunc("/settings-safe", saveSettingsSafe)
	http.HandleFunc("/backup/import", importBackup)
	http.HandleFunc("/invoice", parseInvoice)
	http.HandleFunc("/export", exportReport)
	log.Fatal(http.ListenAndServe("127.0.0.1:8085", nil))
}
