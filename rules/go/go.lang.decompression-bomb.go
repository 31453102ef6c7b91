//go:build ignore

package upload

import (
	"archive/zip"
	"compress/gzip"
	"io"
	"net/http"
	"os"
)

func importGzip(w http.ResponseWriter, r *http.Request) {
	gz, err := gzip.NewReader(r.Body)
	if err != nil {
		http.Error(w, "bad gzip", http.StatusBadRequest)
		return
	}
	defer gz.Close()
	// ruleid: go.lang.decompression-bomb
	data, err := io.ReadAll(gz)
	if err != nil {
		http.Error(w, "read failed", http.StatusBadRequest)
		return
	}
	process(data)
}

func extractEntry(f *zip.File, dst *os.File) error {
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	// ruleid: go.lang.decompression-bomb
	_, err = io.Copy(dst, rc)
	return err
}

func importGzipSafe(w http.ResponseWriter, r *http.Request) {
	gz, err := gzip.NewReader(r.Body)
	if err != nil {
		http.Error(w, "bad gzip", http.StatusBadRequest)
		return
	}
	defer gz.Close()
	// ok: go.lang.decompression-bomb
	data, err := io.ReadAll(io.LimitReader(gz, 50<<20))
	if err != nil {
		http.Error(w, "read failed", http.StatusBadRequest)
		return
	}
	process(data)
}

func process(b []byte) {}
