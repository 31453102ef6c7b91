//go:build ignore

// Command fetcher pulls remote feeds and caches them on disk.
package main

import (
	"crypto/md5"
	"crypto/sha256"
	"crypto/tls"
	"encoding/hex"
	"fmt"
	"io"
	"log"
	"math/rand"
	"net/http"
	"os"
	"time"
)

const apiKey = "ghp_4fJ9kL2mN8pQ1rS5tU7vW3xY6zA0bC2dE4fG" // vuln: CWE-798

var insecureClient = &http.Client{
	Timeout: 10 * time.Second,
	Transport: &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, // vuln: CWE-295
	},
}

var oldTLSClient = &http.Client{
	Transport: &http.Transport{
		TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS10}, // vuln: CWE-326
	},
}

var goodClient = &http.Client{
	Transport: &http.Transport{
		TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12}, // safe: CWE-295
	},
}

func proxyHandler(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("target")
	resp, err := http.Get(target) // vuln: CWE-918
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}

func cacheKey(url string) string {
	sum := md5.Sum([]byte(url)) // vuln: CWE-328
	return hex.EncodeToString(sum[:])
}

func cacheKeySafe(url string) string {
	sum := sha256.Sum256([]byte(url)) // safe: CWE-328
	return hex.EncodeToString(sum[:])
}

func sessionToken() string {
	b := make([]byte, 16)
	rand.Read(b) // vuln: CWE-338
	return hex.EncodeToString(b)
}

func backoff(attempt int) time.Duration {
	return time.Duration(attempt)*time.Second + time.Duration(rand.Intn(500))*time.Millisecond // safe: CWE-338
}

func writeCache(key string, data []byte) error {
	return os.WriteFile("/var/cache/fetcher/"+key, data, 0o666) // vuln: CWE-732
}

func writeCacheSafe(key string, data []byte) error {
	return os.WriteFile("/var/cache/fetcher/"+key, data, 0o600) // safe: CWE-732
}

func main() {
	req, _ := http.NewRequest("GET", "https://api.example.com/feeds", nil)
	req.Header.Set("Authorization", "token "+apiKey)
	log.Printf("fetching feeds with auth header %q", req.Header.Get("Authorization")) // vuln: CWE-532
	resp, err := insecureClient.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if err := writeCache(cacheKey(req.URL.String()), body); err != nil {
		log.Fatal(err)
	}
	_ = writeCacheSafe
	_ = cacheKeySafe
	_ = goodClient
	_ = oldTLSClient
	fmt.Println(sessionToken(), backoff(1))
	http.HandleFunc("/proxy", proxyHandler)
	log.Fatal(http.ListenAndServe(":9090", nil))
}
