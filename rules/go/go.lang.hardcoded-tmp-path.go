//go:build ignore

package export

import (
	"encoding/csv"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

func exportCSV(rows [][]string) (string, error) {
	// ruleid: go.lang.hardcoded-tmp-path
	f, err := os.Create("/tmp/export.csv")
	if err != nil {
		return "", err
	}
	defer f.Close()
	return f.Name(), csv.NewWriter(f).WriteAll(rows)
}

func cacheToken(tok []byte) error {
	// ruleid: go.lang.hardcoded-tmp-path
	return os.WriteFile("/tmp/app-token", tok, 0o600)
}

func exportCSVSafe(rows [][]string) (string, error) {
	// ok: go.lang.hardcoded-tmp-path
	f, err := os.CreateTemp("", "export-*.csv")
	if err != nil {
		return "", err
	}
	defer f.Close()
	return f.Name(), csv.NewWriter(f).WriteAll(rows)
}

func writeConfig(data []byte) error {
	// ok: go.lang.hardcoded-tmp-path
	return os.WriteFile("/etc/app/config.json", data, 0o640)
}

func saveJob(id string, payload []byte) error {
	// ruleid: go.lang.hardcoded-tmp-path
	return os.WriteFile("/tmp/job-"+id+".bin", payload, 0o600)
}

func dumpDB(name string) error {
	// ruleid: go.lang.hardcoded-tmp-path
	out := fmt.Sprintf("/tmp/%s-dump.sql", name)
	return exec.Command("pg_dump", "-f", out, name).Run()
}

func scratch(name string) string {
	// ruleid: go.lang.hardcoded-tmp-path
	return filepath.Join("/tmp", name)
}

func scratchSafe(name string) (string, error) {
	// ok: go.lang.hardcoded-tmp-path
	dir, err := os.MkdirTemp("", "scratch-")
	return filepath.Join(dir, name), err
}

// ok: go.lang.hardcoded-tmp-path
const helpText = "files are kept below /tmp/ unless TMPDIR is set"
