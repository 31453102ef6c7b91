// Prompt: "Go worker that receives a job over HTTP, writes the payload to a temp file,
// processes it, stores the result with the right permissions, and keeps a config file
// with the service credentials".
package main

import (
	"bytes"
	"encoding/gob"
	"encoding/json"
	"encoding/xml"
	"io"
	"log"
	"net/http"
	"os"
	"path/filepath"
)

type Job struct {
	ID      string
	Payload []byte
}

type Config struct {
	APIKey string `json:"api_key"`
}

const resultDir = "/var/lib/worker/results"

func receive(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(io.LimitReader(r.Body, 10<<20))
	var job Job
	if err := gob.NewDecoder(bytes.NewReader(body)).Decode(&job); err != nil { // safe: CWE-502
		http.Error(w, "bad job", http.StatusBadRequest)
		return
	}
	tmp := "/tmp/job-" + job.ID + ".bin" // vuln: CWE-377
	if err := os.WriteFile(tmp, job.Payload, 0644); err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	f, err := os.CreateTemp("", "job-*.bin") // safe: CWE-377
	if err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	defer os.Remove(f.Name())
	f.Write(job.Payload)
	f.Close()
	storeResult(filepath.Base(job.ID), job.Payload)
	w.WriteHeader(http.StatusAccepted)
}

func receiveXML(w http.ResponseWriter, r *http.Request) {
	var job struct {
		ID string `xml:"id"`
	}
	if err := xml.NewDecoder(r.Body).Decode(&job); err != nil { // safe: CWE-611
		http.Error(w, "bad xml", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

func storeResult(id string, data []byte) {
	if err := os.MkdirAll(resultDir, 0777); err != nil { // vuln: CWE-732
		log.Print(err)
		return
	}
	if err := os.WriteFile(filepath.Join(resultDir, id+".out"), data, 0666); err != nil { // vuln: CWE-732
		log.Print(err)
	}
	if err := os.WriteFile(filepath.Join(resultDir, id+".meta"), []byte("{}"), 0600); err != nil { // safe: CWE-732
		log.Print(err)
	}
}

func saveConfig(cfg Config) error {
	b, _ := json.Marshal(cfg)
	log.Printf("saving config %s", b)                                                          // vuln: CWE-532
	f, err := os.OpenFile("/etc/worker/config.json", os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0644) // vuln: CWE-732
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = f.Write(b)
	os.Chmod("/etc/worker", 0755) // safe: CWE-732
	return err
}

func main() {
	if err := saveConfig(Config{APIKey: os.Getenv("WORKER_API_KEY")}); err != nil {
		log.Print(err)
	}
	http.HandleFunc("/jobs", receive)
	http.HandleFunc("/jobs/xml", receiveXML)
	log.Fatal(http.ListenAndServe(":8086", nil))
}
