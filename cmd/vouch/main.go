// Command vouch scans code written by people and AI assistants for
// security weaknesses. See README.md.
package main

import (
	"context"
	"os"
	"os/signal"
	"runtime/debug"

	"github.com/vouchsec/vouch/internal/cli"
)

func main() {
	if os.Getenv("GOGC") == "" {
		// Scans allocate many short-lived syntax trees; trading some heap
		// for fewer collections saves about a tenth of the CPU time
		// (docs/benchmarks.md). GOGC in the environment still wins.
		debug.SetGCPercent(200)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := cli.Main(ctx, os.Args[1:], cli.Stdio{In: os.Stdin, Out: os.Stdout, Err: os.Stderr})
	stop()
	os.Exit(code)
}
