package cli

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/vouchsec/vouch/finding"
	"github.com/vouchsec/vouch/report"
	"github.com/vouchsec/vouch/scan"
	"github.com/vouchsec/vouch/source"
)

type scanFlags struct {
	format      string
	output      string
	failOn      string
	rules       []string
	noBuiltin   bool
	include     []string
	exclude     []string
	maxFileSize string
	jobs        int
	timeout     time.Duration
	color       string
	noProgress  bool
	verbose     bool
	cpuProfile  string
}

func newScanCmd(a *app) *cobra.Command {
	var f scanFlags
	cmd := &cobra.Command{
		Use:   "scan [PATH]",
		Short: "Scan a source tree for security weaknesses",
		Long: `Scan PATH (default: the current directory) with every built-in analyzer and
report the findings.

Exit status: 0 when no finding is at or above --fail-on, 1 when one is,
2 on a usage or runtime error.`,
		Example: `  vouch scan .
  vouch scan src --format sarif --output vouch.sarif
  vouch scan . --rules my-rules/ --fail-on medium
  vouch scan . --exclude 'tests/**' --format json`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			target := "."
			if len(args) == 1 {
				target = args[0]
			}
			return a.runScan(cmd, f, target)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.format, "format", "f", "text", "output format: "+strings.Join(report.Formats(), ", "))
	fl.StringVarP(&f.output, "output", "o", "", "write the report to FILE instead of standard output")
	fl.StringVar(&f.failOn, "fail-on", "high", "exit 1 when a finding has this severity or higher: critical, high, medium, low, info, none")
	fl.StringArrayVar(&f.rules, "rules", nil, "extra Semgrep-syntax rule FILE or DIR (repeatable)")
	fl.BoolVar(&f.noBuiltin, "no-builtin-rules", false, "run only the rules given with --rules")
	fl.StringArrayVar(&f.include, "include", nil, "scan only files matching this gitignore-style GLOB (repeatable)")
	fl.StringArrayVar(&f.exclude, "exclude", nil, "skip files matching this gitignore-style GLOB (repeatable)")
	fl.StringVar(&f.maxFileSize, "max-file-size", "1MiB", "skip files larger than this (e.g. 512KiB, 2MiB, 1000000)")
	fl.IntVarP(&f.jobs, "jobs", "j", 0, "files scanned in parallel (default: number of CPUs)")
	fl.DurationVar(&f.timeout, "timeout", scan.DefaultFileTimeout, "time limit for parsing and analyzing one file")
	fl.StringVar(&f.color, "color", "auto", "colour the text report: auto, always, never")
	fl.BoolVar(&f.noProgress, "no-progress", false, "do not draw a progress bar on a terminal")
	fl.BoolVarP(&f.verbose, "verbose", "v", false, "log debug details to standard error")
	fl.StringVar(&f.cpuProfile, "cpuprofile", "", "write a Go CPU profile of the scan to FILE")
	_ = fl.MarkHidden("cpuprofile")
	return cmd
}

func (a *app) runScan(cmd *cobra.Command, f scanFlags, target string) error {
	stdio := a.stdio
	failOn, err := parseFailOn(f.failOn)
	if err != nil {
		return err
	}
	maxSize, err := parseSize(f.maxFileSize)
	if err != nil {
		return usageError("--max-file-size: %v", err)
	}
	if f.jobs < 0 {
		return usageError("--jobs must be 0 (all CPUs) or more, not %d", f.jobs)
	}
	if _, err := os.Stat(target); err != nil {
		return usageError("cannot scan %s: %v", target, err)
	}
	ctx := cmd.Context()
	if f.cpuProfile != "" {
		stop, err := startCPUProfile(f.cpuProfile)
		if err != nil {
			return usageError("--cpuprofile: %v", err)
		}
		defer stop()
	}
	analyzers, err := a.loadAnalyzers(ctx, f.rules, f.noBuiltin)
	if err != nil {
		return err
	}

	out := stdio.Out
	if f.output != "" {
		file, err := os.Create(f.output)
		if err != nil {
			return usageError("cannot write report: %v", err)
		}
		defer file.Close()
		out = file
	}
	color, err := useColor(f.color, out)
	if err != nil {
		return err
	}
	h, err := report.New(f.format, out, report.Options{Color: color})
	if err != nil {
		return usageError("%v", err)
	}
	if !f.noProgress && isTerminal(stdio.Err) {
		h = newProgressBar(h, stdio.Err)
	}
	level := slog.LevelWarn
	if f.verbose {
		level = slog.LevelDebug
	}
	res, err := scan.Run(ctx, scan.Config{
		Walk:        source.Options{Root: target, Include: f.include, Exclude: f.exclude, MaxFileSize: maxSize},
		Analyzers:   analyzers,
		Languages:   a.languages(),
		Jobs:        f.jobs,
		FileTimeout: f.timeout,
		ToolVersion: version(),
		Logger:      slog.New(slog.NewTextHandler(stdio.Err, &slog.HandlerOptions{Level: level})),
	}, h)
	if err != nil {
		return &exitError{code: ExitError, err: err}
	}
	if f.output != "" {
		fmt.Fprintf(stdio.Err, "vouch: %d findings written to %s\n", len(res.Findings), f.output)
	}
	if failOn > 0 {
		for _, fd := range res.Findings {
			if fd.Severity >= failOn {
				return &exitError{code: ExitFindings}
			}
		}
	}
	return nil
}

// parseFailOn returns the threshold severity, or 0 for "none".
func parseFailOn(s string) (finding.Severity, error) {
	if strings.EqualFold(s, "none") {
		return 0, nil
	}
	sev, err := finding.ParseSeverity(s)
	if err != nil {
		return 0, usageError("--fail-on: %v, or none", err)
	}
	return sev, nil
}

// parseSize reads a byte count with an optional KB/KiB/MB/MiB/GB/GiB suffix.
func parseSize(s string) (int64, error) {
	t := strings.TrimSpace(s)
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		m      int64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"KB", 1000}, {"MB", 1000 * 1000}, {"GB", 1000 * 1000 * 1000}, {"K", 1 << 10}, {"M", 1 << 20}, {"G", 1 << 30}, {"B", 1}} {
		if strings.HasSuffix(strings.ToUpper(t), strings.ToUpper(u.suffix)) {
			t, mult = strings.TrimSpace(t[:len(t)-len(u.suffix)]), u.m
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("%q is not a size (examples: 512KiB, 2MiB, 1000000)", s)
	}
	return n * mult, nil
}

func useColor(mode string, out io.Writer) (bool, error) {
	switch mode {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto":
		return os.Getenv("NO_COLOR") == "" && os.Getenv("CI") == "" && isTerminal(out), nil
	}
	return false, usageError("--color must be auto, always or never, not %q", mode)
}

// startCPUProfile profiles the process until the returned stop is called.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}
