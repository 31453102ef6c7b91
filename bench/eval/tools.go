package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// runTool runs a scanner and returns its standard output. Scanners exit 1 when
// they find something, so only a failure to start, another exit code, or an
// empty output is an error.
func runTool(ctx context.Context, dir, name string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	err := cmd.Run()
	var exitErr *exec.ExitError
	if err != nil && !(errors.As(err, &exitErr) && exitErr.ExitCode() == 1) {
		return nil, fmt.Errorf("running %s %s: %w: %s", name, strings.Join(args, " "), err, tail(stderr.String()))
	}
	if stdout.Len() == 0 {
		return nil, fmt.Errorf("running %s: no output: %s", name, tail(stderr.String()))
	}
	return stdout.Bytes(), nil
}

func tail(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > 800 {
		s = "…" + s[len(s)-800:]
	}
	return s
}

// cwesOf parses "CWE-89" / "89" strings.
func cwesOf(list []string) []int {
	var out []int
	for _, s := range list {
		s = strings.TrimPrefix(strings.TrimSpace(s), "CWE-")
		if n, err := strconv.Atoi(s); err == nil {
			out = append(out, n)
		}
	}
	return out
}

// vouchReport is the part of Vouch's JSON report (docs/json-schema.md) we read.
type vouchReport struct {
	Findings []struct {
		RuleID string   `json:"rule_id"`
		CWE    []string `json:"cwe"`
		Range  struct {
			Path  string `json:"path"`
			Start struct {
				Line int `json:"line"`
			} `json:"start"`
		} `json:"range"`
	} `json:"findings"`
	Errors []struct {
		Path    string `json:"path"`
		Message string `json:"message"`
	} `json:"errors"`
	Stats struct {
		RulesRun    int `json:"rules_run"`
		ParseErrors int `json:"parse_errors"`
	} `json:"stats"`
}

// ParseVouch converts a Vouch JSON report (paths relative to the corpus root).
func ParseVouch(data []byte) ([]Finding, *vouchReport, error) {
	var rep vouchReport
	if err := json.Unmarshal(data, &rep); err != nil {
		return nil, nil, fmt.Errorf("decoding vouch report: %w", err)
	}
	out := make([]Finding, 0, len(rep.Findings))
	for _, f := range rep.Findings {
		out = append(out, Finding{Tool: "vouch", Rule: f.RuleID, Path: filepath.ToSlash(f.Range.Path), Line: f.Range.Start.Line, CWEs: cwesOf(f.CWE)})
	}
	return out, &rep, nil
}

// RunVouch scans a copy of the corpus with the Vouch binary. The copy lives in a
// fresh temporary directory so that ignore files of an enclosing repository
// (this repository's .vouchignore excludes bench/corpus from self-scans) do not
// apply, as they would not to a user's own held-out tree.
func RunVouch(ctx context.Context, bin, corpus string) ([]Finding, *vouchReport, error) {
	tmp, err := os.MkdirTemp("", "vouch-eval-corpus-")
	if err != nil {
		return nil, nil, fmt.Errorf("creating temp dir: %w", err)
	}
	defer os.RemoveAll(tmp)
	dst := filepath.Join(tmp, "corpus")
	if err := copyTree(ctx, corpus, dst); err != nil {
		return nil, nil, err
	}
	out, err := runTool(ctx, "", bin, "scan", dst, "--format", "json", "--fail-on", "none", "--no-progress")
	if err != nil {
		return nil, nil, err
	}
	return ParseVouch(out)
}

// copyTree copies the regular files of src into dst, except a .vouchignore at
// the root of src: a corpus may carry one to keep itself out of the
// repository's self-scans (bench/corpus2 does), and it must not hide the
// corpus from the evaluation scan.
func copyTree(ctx context.Context, src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return fmt.Errorf("relativising %s: %w", p, err)
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() || rel == ".vouchignore" {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return fmt.Errorf("reading %s: %w", p, err)
		}
		if err := os.WriteFile(target, data, 0o644); err != nil {
			return fmt.Errorf("writing %s: %w", target, err)
		}
		return nil
	})
}

type gosecReport struct {
	Issues []struct {
		RuleID string `json:"rule_id"`
		File   string `json:"file"`
		Line   string `json:"line"` // "12" or "12-14"
		CWE    struct {
			ID string `json:"id"`
		} `json:"cwe"`
	} `json:"Issues"`
}

// ParseGosec converts gosec JSON; paths are made relative to corpus.
func ParseGosec(data []byte, corpus string) ([]Finding, error) {
	var rep gosecReport
	if err := json.Unmarshal(data, &rep); err != nil {
		return nil, fmt.Errorf("decoding gosec report: %w", err)
	}
	var out []Finding
	for _, is := range rep.Issues {
		line, _ := strconv.Atoi(strings.SplitN(is.Line, "-", 2)[0])
		out = append(out, Finding{Tool: "gosec", Rule: is.RuleID, Path: relTo(corpus, is.File), Line: line, CWEs: cwesOf([]string{is.CWE.ID})})
	}
	return out, nil
}

// RunGosec runs gosec over the Go part of the corpus (its own module).
func RunGosec(ctx context.Context, bin, corpus string) ([]Finding, error) {
	dir := filepath.Join(corpus, "go")
	out, err := runTool(ctx, dir, bin, "-fmt", "json", "-quiet", "-no-fail", "./...")
	if err != nil {
		return nil, err
	}
	return ParseGosec(out, corpus)
}

type banditReport struct {
	Results []struct {
		Filename   string `json:"filename"`
		LineNumber int    `json:"line_number"`
		TestID     string `json:"test_id"`
		IssueCWE   *struct {
			ID int `json:"id"`
		} `json:"issue_cwe"`
	} `json:"results"`
}

// banditCWE is the CWE that Bandit >= 1.7.3 attaches to each test (from its
// plugins' `cwe=` arguments), used when an older Bandit (Debian's 1.6.2) does
// not report `issue_cwe`.
var banditCWE = map[string]int{
	"B101": 703, "B102": 78, "B103": 732, "B104": 605, "B105": 259, "B106": 259, "B107": 259,
	"B108": 377, "B110": 703, "B112": 703, "B113": 400, "B201": 94, "B202": 22,
	"B301": 502, "B302": 502, "B303": 327, "B304": 327, "B305": 327, "B306": 377, "B307": 78,
	"B308": 79, "B310": 22, "B311": 330, "B312": 319, "B313": 20, "B314": 20, "B315": 20,
	"B316": 20, "B317": 20, "B318": 20, "B319": 20, "B320": 20, "B321": 319, "B323": 295,
	"B324": 327, "B401": 319, "B402": 319, "B403": 502, "B404": 78, "B405": 20, "B406": 20,
	"B407": 20, "B408": 20, "B409": 20, "B410": 20, "B411": 20, "B412": 319, "B413": 327,
	"B501": 295, "B502": 327, "B503": 327, "B504": 327, "B505": 326, "B506": 20, "B507": 295,
	"B601": 78, "B602": 78, "B603": 78, "B604": 78, "B605": 78, "B606": 78, "B607": 78,
	"B608": 89, "B609": 78, "B610": 89, "B611": 89, "B612": 94, "B701": 94, "B702": 80, "B703": 80,
}

// ParseBandit converts Bandit JSON; paths are made relative to corpus.
func ParseBandit(data []byte, corpus string) ([]Finding, error) {
	var rep banditReport
	if err := json.Unmarshal(data, &rep); err != nil {
		return nil, fmt.Errorf("decoding bandit report: %w", err)
	}
	var out []Finding
	for _, r := range rep.Results {
		f := Finding{Tool: "bandit", Rule: r.TestID, Path: relTo(corpus, r.Filename), Line: r.LineNumber}
		switch {
		case r.IssueCWE != nil && r.IssueCWE.ID != 0:
			f.CWEs = []int{r.IssueCWE.ID}
		case banditCWE[r.TestID] != 0:
			f.CWEs = []int{banditCWE[r.TestID]}
		}
		out = append(out, f)
	}
	return out, nil
}

// RunBandit runs Bandit over the Python part of the corpus.
func RunBandit(ctx context.Context, bin, corpus string) ([]Finding, error) {
	abs, err := filepath.Abs(filepath.Join(corpus, "python"))
	if err != nil {
		return nil, fmt.Errorf("resolving corpus path: %w", err)
	}
	out, err := runTool(ctx, "", bin, "-r", "-f", "json", "-q", abs)
	if err != nil {
		return nil, err
	}
	return ParseBandit(out, corpus)
}

// relTo makes p (absolute or relative to the working directory) relative to corpus.
func relTo(corpus, p string) string {
	absCorpus, err1 := filepath.Abs(corpus)
	absP, err2 := filepath.Abs(p)
	if err1 != nil || err2 != nil {
		return filepath.ToSlash(p)
	}
	rel, err := filepath.Rel(absCorpus, absP)
	if err != nil {
		return filepath.ToSlash(p)
	}
	return filepath.ToSlash(rel)
}
