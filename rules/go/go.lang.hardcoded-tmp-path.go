//go:build ignore

package export

import (
	"encoding/csv"
	"os"
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
