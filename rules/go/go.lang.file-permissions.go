//go:build ignore

package store

import (
	"os"
	"path/filepath"
)

func saveUpload(dir, name string, data []byte) error {
	// ruleid: go.lang.file-permissions
	if err := os.MkdirAll(dir, 0777); err != nil {
		return err
	}
	// ruleid: go.lang.file-permissions
	return os.WriteFile(filepath.Join(dir, name), data, 0666)
}

func writeKey(path string, key []byte) error {
	// ruleid: go.lang.file-permissions
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY, 0o777)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = f.Write(key)
	return err
}

func saveUploadSafe(dir, name string, data []byte) error {
	// ok: go.lang.file-permissions
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return err
	}
	// ok: go.lang.file-permissions
	return os.WriteFile(filepath.Join(dir, name), data, 0o600)
}

func publish(path string, data []byte) error {
	// ok: go.lang.file-permissions
	return os.WriteFile(path, data, 0644)
}
