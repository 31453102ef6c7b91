// Command vouch scans code written by people and AI assistants for
// security weaknesses. See README.md.
package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/vouchsec/vouch/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := cli.Main(ctx, os.Args[1:], cli.Stdio{In: os.Stdin, Out: os.Stdout, Err: os.Stderr})
	stop()
	os.Exit(code)
}
