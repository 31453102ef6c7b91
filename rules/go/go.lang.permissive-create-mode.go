//go:build ignore

package jobs

import (
	"os"
	"path/filepath"
)

func prepare(dir string) error {
	// ruleid: go.lang.permissive-create-mode
	if err := os.MkdirAll(filepath.Join(dir, "uploads"), 0777); err != nil {
		return err
	}
	// ruleid: go.lang.permissive-create-mode
	return os.Mkdir(filepath.Join(dir, "spool"), os.ModePerm)
}

func saveReport(path string, data []byte) error {
	// ruleid: go.lang.permissive-create-mode
	return os.WriteFile(path, data, 0666)
}

func appendLog(path string) (*os.File, error) {
	// ruleid: go.lang.permissive-create-mode
	return os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o666)
}

func saveKey(path string, key []byte) error {
	// ok: go.lang.permissive-create-mode
	return os.WriteFile(path, key, 0o600)
}

func prepareState(dir string) error {
	// ok: go.lang.permissive-create-mode
	return os.MkdirAll(filepath.Join(dir, "state"), 0o750)
}

func openRead(path string) (*os.File, error) {
	// ok: go.lang.permissive-create-mode
	return os.OpenFile(path, os.O_RDONLY, 0)
}
