// Package vouch_test holds repository-wide checks: formatting, vet and a
// tidy go.mod.
package vouch_test

import (
	"os/exec"
	"strings"
	"testing"
)

func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return string(out)
}

func TestGofmt(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	files := strings.Fields(run(t, "git", "ls-files", "*.go"))
	var src []string
	for _, f := range files {
		if !strings.Contains(f, "/testdata/") {
			src = append(src, f)
		}
	}
	if out := run(t, "gofmt", append([]string{"-l"}, src...)...); out != "" {
		t.Errorf("gofmt -l reports unformatted files:\n%s", out)
	}
}

func TestVet(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	run(t, "go", "vet", "./...")
}

func TestModTidy(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	if out, err := exec.Command("go", "mod", "tidy", "-diff").CombinedOutput(); err != nil {
		t.Errorf("go.mod is not tidy (run 'go mod tidy'):\n%s", out)
	}
}
