//go:build ignore

package store

import (
	"os"
	"path/filepath"
)

func saveUpload(dir, name string, data []byte) error {
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return err
	}
	// ruleid: go.lang.file-permissions
	return os.Chmod(path, 0777)
}

func shareSocket(sock string) error {
	// ruleid: go.lang.file-permissions
	return os.Chmod(sock, 0o666)
}

func writeKey(path string, key []byte) error {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	defer f.Close()
	// ruleid: go.lang.file-permissions
	if err := f.Chmod(0o777); err != nil {
		return err
	}
	_, err = f.Write(key)
	return err
}

func saveUploadSafe(dir, name string, data []byte) error {
	path := filepath.Join(dir, name)
	// ok: go.lang.file-permissions
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return err
	}
	// ok: go.lang.file-permissions
	return os.Chmod(path, 0o640)
}

func publish(path string, data []byte) error {
	// ok: go.lang.file-permissions
	return os.WriteFile(path, data, 0666)
}
