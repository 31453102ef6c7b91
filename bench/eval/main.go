// Command eval measures the accuracy of Vouch (and, when installed, gosec and
// Bandit) on the labelled corpus in bench/corpus.
//
// Every line of the corpus that holds a dangerous operation carries a trailing
// comment `vuln: CWE-NNN`; deliberate near misses carry `safe: CWE-NNN`. A
// finding is a true positive when it is in the same file, on the same line, and
// one of its CWEs equals the label's CWE or is paired with it in
// equivalentCWEs. The program prints Markdown tables (the ones in
// docs/accuracy.md) and, with -details, every false negative and false
// positive.
//
// It owns the scoring and the tool adapters only; it never edits the corpus and
// needs no network.
//
//	go run ./bench/eval -vouch /tmp/vouch-eval [-gosec PATH] [-bandit PATH] [-no-peers] [-details]
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	corpus := fs.String("corpus", "bench/corpus", "labelled corpus `DIR`")
	vouchBin := fs.String("vouch", "", "path of the vouch `BINARY` (required)")
	gosecBin := fs.String("gosec", "", "path of gosec (default: gosec on PATH, if any)")
	banditBin := fs.String("bandit", "", "path of bandit (default: bandit on PATH, if any)")
	noPeers := fs.Bool("no-peers", false, "do not run gosec and Bandit")
	noGosec := fs.Bool("no-gosec", false, "do not run gosec")
	noBandit := fs.Bool("no-bandit", false, "do not run Bandit")
	details := fs.Bool("details", false, "list every false negative and false positive")
	timeout := fs.Duration("timeout", 10*time.Minute, "time limit for all scans")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *vouchBin == "" {
		fmt.Fprintln(stderr, "eval: -vouch BINARY is required (build it with: go build -o /tmp/vouch ./cmd/vouch)")
		return 2
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()

	labels, sizes, err := LoadLabels(ctx, *corpus)
	if err != nil {
		fmt.Fprintln(stderr, "eval:", err)
		return 2
	}
	all := func(string) bool { return true }
	lang := func(l string) func(string) bool { return func(p string) bool { return LanguageOf(p) == l } }

	vf, rep, err := RunVouch(ctx, *vouchBin, *corpus)
	if err != nil {
		fmt.Fprintln(stderr, "eval:", err)
		return 2
	}
	for _, e := range rep.Errors {
		fmt.Fprintf(stderr, "eval: vouch error on %s: %s\n", e.Path, e.Message)
	}
	results := []Result{Score("vouch", labels, vf, all)}
	scopes := map[string]string{"vouch": "all"}

	if !*noPeers && !*noGosec {
		if bin := lookup(*gosecBin, "gosec"); bin != "" {
			gf, err := RunGosec(ctx, bin, *corpus)
			if err != nil {
				fmt.Fprintln(stderr, "eval: gosec skipped:", err)
			} else {
				results = append(results, Score("gosec", labels, gf, lang("go")))
				scopes["gosec"] = "go"
			}
		} else {
			fmt.Fprintln(stderr, "eval: gosec not found; skipped")
		}
	}
	if !*noPeers && !*noBandit {
		if bin := lookup(*banditBin, "bandit"); bin != "" {
			bf, err := RunBandit(ctx, bin, *corpus)
			if err != nil {
				fmt.Fprintln(stderr, "eval: bandit skipped:", err)
			} else {
				results = append(results, Score("bandit", labels, bf, lang("python")))
				scopes["bandit"] = "python"
			}
		} else {
			fmt.Fprintln(stderr, "eval: bandit not found; skipped")
		}
	}

	fmt.Fprintf(stdout, "Vouch: %d findings, %d rules run, %d parse errors.\n\n", len(vf), rep.Stats.RulesRun, rep.Stats.ParseErrors)
	WriteMarkdown(stdout, labels, sizes, results, scopes)
	if *details {
		src := newSourceCache(*corpus)
		for _, r := range results {
			WriteDetails(stdout, r, src.line)
		}
	}
	return 0
}

func lookup(flagValue, name string) string {
	if flagValue != "" {
		return flagValue
	}
	p, err := exec.LookPath(name)
	if err != nil {
		return ""
	}
	return p
}

// sourceCache returns source lines for the details report.
type sourceCache struct {
	root  string
	files map[string][]string
}

func newSourceCache(root string) *sourceCache {
	return &sourceCache{root: root, files: map[string][]string{}}
}

func (c *sourceCache) line(path string, n int) string {
	lines, ok := c.files[path]
	if !ok {
		f, err := os.Open(filepath.Join(c.root, filepath.FromSlash(path)))
		if err == nil {
			sc := bufio.NewScanner(f)
			sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
			for sc.Scan() {
				lines = append(lines, sc.Text())
			}
			f.Close()
		}
		c.files[path] = lines
	}
	if n < 1 || n > len(lines) {
		return ""
	}
	return codeOf(strings.TrimSpace(lines[n-1]))
}
