// Prompt: "Go HTTP endpoints for a network diagnostics page: ping and traceroute a host
// given in the query string, and run one of a few fixed maintenance commands".
package main

import (
	"context"
	"log"
	"net/http"
	"os/exec"
	"regexp"
	"time"
)

var hostRe = regexp.MustCompile(`^[a-zA-Z0-9.-]{1,253}$`)

var maintenance = map[string][]string{
	"disk":   {"df", "-h"},
	"uptime": {"uptime"},
}

func ping(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	cmd := exec.Command("sh", "-c", "ping -c 3 "+host) // vuln: CWE-78
	out, _ := cmd.CombinedOutput()
	w.Write(out)
}

func pingV2(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	if !hostRe.MatchString(host) {
		http.Error(w, "bad host", http.StatusBadRequest)
		return
	}
	out, _ := exec.Command("ping", "-c", "3", host).CombinedOutput() // safe: CWE-78
	w.Write(out)
}

func traceroute(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 20*time.Second)
	defer cancel()
	target := r.FormValue("target")
	script := "traceroute -m 15 " + target + " 2>&1 | tail -n 20"
	out, err := exec.CommandContext(ctx, "/bin/bash", "-c", script).Output() // vuln: CWE-78
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Write(out)
}

func tool(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("tool")
	arg := r.URL.Query().Get("arg")
	out, _ := exec.Command(name, arg).CombinedOutput() // vuln: CWE-78
	w.Write(out)
}

func runMaintenance(w http.ResponseWriter, r *http.Request) {
	argv, ok := maintenance[r.URL.Query().Get("task")]
	if !ok {
		http.Error(w, "unknown task", http.StatusBadRequest)
		return
	}
	out, _ := exec.Command(argv[0], argv[1:]...).CombinedOutput() // safe: CWE-78
	w.Write(out)
}

func version(w http.ResponseWriter, r *http.Request) {
	out, _ := exec.Command("sh", "-c", "uname -a").Output() // safe: CWE-78
	w.Write(out)
}

func main() {
	http.HandleFunc("/ping", ping)
	http.HandleFunc("/ping/v2", pingV2)
	http.HandleFunc("/traceroute", traceroute)
	http.HandleFunc("/tool", tool)
	http.HandleFunc("/maintenance", runMaintenance)
	http.HandleFunc("/version", version)
	log.Fatal(http.ListenAndServe(":8081", nil))
}
