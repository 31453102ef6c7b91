// Prompt: "Go service with an endpoint that fetches a URL for link previews, a webhook
// tester, and a login handler that redirects to ?next= afterwards".
package main

import (
	"io"
	"log"
	"net/http"
	"net/url"
	"strings"
	"time"
)

var allowedHosts = map[string]bool{"example.com": true, "cdn.example.com": true}

var client = &http.Client{Timeout: 5 * time.Second}

func preview(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("url")
	resp, err := http.Get(target) // vuln: CWE-918
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, io.LimitReader(resp.Body, 1<<20))
}

func previewV2(w http.ResponseWriter, r *http.Request) {
	u, err := url.Parse(r.URL.Query().Get("url"))
	if err != nil || u.Scheme != "https" || !allowedHosts[u.Hostname()] {
		http.Error(w, "host not allowed", http.StatusBadRequest)
		return
	}
	resp, err := client.Get(u.String()) // safe: CWE-918
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, io.LimitReader(resp.Body, 1<<20))
}

func webhookTest(w http.ResponseWriter, r *http.Request) {
	callback := r.FormValue("callback")
	req, err := http.NewRequestWithContext(r.Context(), http.MethodPost, callback, strings.NewReader(`{"ping":true}`)) // vuln: CWE-918
	if err != nil {
		http.Error(w, "bad url", http.StatusBadRequest)
		return
	}
	resp, err := client.Do(req)
	if err != nil {
		http.Error(w, "failed", http.StatusBadGateway)
		return
	}
	resp.Body.Close()
	w.WriteHeader(resp.StatusCode)
}

func status(w http.ResponseWriter, r *http.Request) {
	resp, err := client.Get("https://status.example.com/api/v2/summary.json") // safe: CWE-918
	if err != nil {
		http.Error(w, "failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}

func login(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	if next == "" {
		next = "/"
	}
	http.Redirect(w, r, next, http.StatusFound) // vuln: CWE-601
}

func loginV2(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") {
		next = "/"
	}
	http.Redirect(w, r, next, http.StatusFound) // safe: CWE-601
}

func logout(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Location", r.Header.Get("Referer")) // vuln: CWE-601
	w.WriteHeader(http.StatusSeeOther)
}

func main() {
	http.HandleFunc("/preview", preview)
	http.HandleFunc("/preview/v2", previewV2)
	http.HandleFunc("/webhook/test", webhookTest)
	http.HandleFunc("/status", status)
	http.HandleFunc("/login", login)
	http.HandleFunc("/login/v2", loginV2)
	http.HandleFunc("/logout", logout)
	log.Fatal(http.ListenAndServe(":8083", nil))
}
