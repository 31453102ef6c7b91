//go:build ignore

package build

import (
	"context"
	"fmt"
	"os/exec"
)

func extractText(ctx context.Context, pdf string) ([]byte, error) {
	// ruleid: go.lang.exec-shell-dynamic
	return exec.CommandContext(ctx, "sh", "-c", "pdftotext "+pdf+" -").Output()
}

func checkout(branch string) error {
	script := fmt.Sprintf("git fetch origin && git checkout %s", branch)
	// ruleid: go.lang.exec-shell-dynamic
	return exec.Command("/bin/bash", "-c", script).Run()
}

func extractTextSafe(ctx context.Context, pdf string) ([]byte, error) {
	// ok: go.lang.exec-shell-dynamic
	return exec.CommandContext(ctx, "pdftotext", "--", pdf, "-").Output()
}

func diskUsage() ([]byte, error) {
	// ok: go.lang.exec-shell-dynamic
	return exec.Command("sh", "-c", "df -h | sort -k5").Output()
}
