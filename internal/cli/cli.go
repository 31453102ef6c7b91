// Package cli implements the vouch command line: one file per command,
// holding its flags, validation and exit codes. It wires packages together
// and does no analysis of its own.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sync"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/vouchsec/vouch/sast/lang"
)

// Exit codes shared by every command.
const (
	ExitOK       = 0 // nothing at or above --fail-on
	ExitFindings = 1 // findings at or above --fail-on, or failing rule tests
	ExitError    = 2 // usage or runtime error
)

// Stdio is the process's standard streams, injected for tests.
type Stdio struct {
	In       io.Reader
	Out, Err io.Writer
}

// exitError carries an exit code through cobra.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit %d", e.code)
	}
	return e.err.Error()
}
func (e *exitError) Unwrap() error { return e.err }

// ExitCode is the process exit code the error asks for.
func (e *exitError) ExitCode() int { return e.code }

// usageError marks an error the user fixes by changing the command line.
func usageError(format string, args ...any) error {
	return &exitError{code: ExitError, err: fmt.Errorf(format, args...)}
}

// Main runs the vouch command line and returns the process exit code.
func Main(ctx context.Context, args []string, stdio Stdio) int {
	root := newRoot(stdio)
	root.SetArgs(args)
	root.SetIn(stdio.In)
	root.SetOut(stdio.Out)
	root.SetErr(stdio.Err)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return ExitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			fmt.Fprintf(stdio.Err, "vouch: %v\n", ee.err)
		}
		return ee.code
	}
	fmt.Fprintf(stdio.Err, "vouch: %v\n", err)
	return ExitError
}

func newRoot(stdio Stdio) *cobra.Command {
	root := &cobra.Command{
		Use:   "vouch",
		Short: "Security scanner for code written by people and AI assistants",
		Long: `Vouch finds security weaknesses in source code before it ships: injection,
unsafe deserialization, weak cryptography, disabled TLS checks and more, in
Python, JavaScript, TypeScript, Java and Go.

Start with:  vouch scan .`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       version(),
	}
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError("%v (see '%s --help')", err, c.CommandPath())
	})
	a := &app{stdio: stdio}
	root.AddCommand(newScanCmd(a), newRulesCmd(a), newVersionCmd(stdio))
	return root
}

// app is what the commands of one invocation share.
type app struct {
	stdio     Stdio
	langsOnce sync.Once
	langs     *lang.Registry
}

// languages returns the parser registry, built on first use.
func (a *app) languages() *lang.Registry {
	a.langsOnce.Do(func() { a.langs = lang.NewRegistry() })
	return a.langs
}

// version is the module version from the build info, or "devel".
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

func newVersionCmd(stdio Stdio) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the vouch version",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			fmt.Fprintf(stdio.Out, "vouch %s\n", version())
			return nil
		},
	}
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	return term.IsTerminal(int(f.Fd()))
}
