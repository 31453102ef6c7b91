// Package scan is the public facade of Vouch's static scanning: Run walks a
// target once, reads and parses each file once, fans the file out to every
// analyzer that wants it, and hands the sorted, de-duplicated, suppressed
// result to a Handler. It owns the walk order, concurrency, per-file time
// bounds and error isolation; it knows nothing about any one analyzer or
// report format.
package scan

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"sort"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/vouchsec/vouch/analysis"
	"github.com/vouchsec/vouch/finding"
	"github.com/vouchsec/vouch/sast/ast"
	"github.com/vouchsec/vouch/sast/lang"
	"github.com/vouchsec/vouch/source"
)

// DefaultFileTimeout bounds parsing plus analysis of one file.
const DefaultFileTimeout = 30 * time.Second

// Config is what one scan needs.
type Config struct {
	Walk        source.Options       // Root, include/exclude globs, size limit
	Analyzers   []*analysis.Analyzer // the explicit analyzer list
	Languages   *lang.Registry       // parsers, shared across scans
	Jobs        int                  // parallel files; 0 means GOMAXPROCS
	FileTimeout time.Duration        // 0 means DefaultFileTimeout
	ToolVersion string
	Logger      *slog.Logger // nil discards
}

// fileOutcome is one worker's slot: everything learned about one file.
type fileOutcome struct {
	language   string
	lines      int
	bytes      int64
	parseError bool
	skipped    string // skip reason found when loading
	findings   []finding.Finding
	suppressed int
	errors     []FileError
	readTime   time.Duration
	parseTime  time.Duration
	matchTime  time.Duration
}

// Run scans cfg.Walk.Root and reports to h. The returned error is for
// failures of the whole scan (bad root, cancellation); failures in one file
// or analyzer are recorded in Result.Errors and the scan goes on.
func Run(ctx context.Context, cfg Config, h Handler) (*Result, error) {
	start := time.Now()
	if cfg.Jobs <= 0 {
		cfg.Jobs = runtime.GOMAXPROCS(0)
	}
	if cfg.FileTimeout <= 0 {
		cfg.FileTimeout = DefaultFileTimeout
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	res := &Result{
		SchemaVersion: SchemaVersion,
		Tool:          Tool{Name: "vouch", Version: cfg.ToolVersion},
		Target:        cfg.Walk.Root,
		StartedAt:     start.UTC().Truncate(time.Second),
		Findings:      []finding.Finding{},
		Rules:         []finding.Rule{},
		Errors:        []FileError{},
		Stats:         Stats{Languages: map[string]LanguageStats{}, Skipped: []SkippedFile{}, SkipCounts: map[string]int{}},
	}
	for _, a := range cfg.Analyzers {
		res.Stats.RulesRun += len(a.Rules)
	}

	var files []source.File
	skip := func(s source.Skipped) {
		res.Stats.Skipped = append(res.Stats.Skipped, SkippedFile{Path: s.Path, Reason: s.Reason})
	}
	err := source.Walk(ctx, cfg.Walk, func(f source.File) error {
		files = append(files, f)
		return nil
	}, skip)
	res.Stats.Timing.WalkMS = time.Since(start).Milliseconds()
	if err != nil {
		return nil, fmt.Errorf("walking %s: %w", cfg.Walk.Root, err)
	}
	log.Debug("walk done", "files", len(files), "skipped", len(res.Stats.Skipped))

	loader, err := source.NewLoader(cfg.Walk)
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", cfg.Walk.Root, err)
	}
	defer loader.Close()
	outcomes := make([]fileOutcome, len(files))
	var progressMu sync.Mutex
	done := 0
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(cfg.Jobs)
	for i := range files {
		if gctx.Err() != nil {
			break
		}
		g.Go(func() error {
			outcomes[i] = scanFile(gctx, cfg, loader, files[i])
			progressMu.Lock()
			done++
			h.Progress(Progress{FilesDone: done, FilesTotal: len(files), Path: files[i].Path})
			progressMu.Unlock()
			return nil
		})
	}
	_ = g.Wait() // workers never return errors; cancellation is checked below
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("scan canceled: %w", err)
	}

	merge(res, files, outcomes)
	res.Rules = rulesOf(cfg.Analyzers, res.Findings)
	res.Stats.Timing.TotalMS = time.Since(start).Milliseconds()
	if err := h.Result(res); err != nil {
		return res, fmt.Errorf("writing report: %w", err)
	}
	return res, nil
}

// scanFile reads, parses and analyzes one file. It never panics: a panic in
// a parser or analyzer becomes a FileError.
func scanFile(ctx context.Context, cfg Config, loader *source.Loader, f source.File) (out fileOutcome) {
	t0 := time.Now()
	content, reason, err := loader.Load(ctx, f)
	out.readTime = time.Since(t0)
	if err != nil {
		out.errors = append(out.errors, FileError{Path: f.Path, Message: err.Error()})
		return out
	}
	if reason != "" {
		out.skipped = reason
		return out
	}
	if f.Language == "" {
		// The walk reads no content; a script known only by its shebang
		// gets its language here.
		f.Language = source.DetectLanguage(f.Path, content)
	}
	out.language = f.Language
	out.bytes = int64(len(content))
	out.lines = countLines(content)

	file := &analysis.File{Path: f.Path, Language: f.Language, Content: content}
	var wanted []*analysis.Analyzer
	needsTree := false
	for _, a := range cfg.Analyzers {
		if a.Wants == nil || a.Wants(file) {
			wanted = append(wanted, a)
			needsTree = needsTree || a.NeedsTree
		}
	}
	if len(wanted) == 0 {
		return out
	}
	fctx, cancel := context.WithTimeout(ctx, cfg.FileTimeout)
	defer cancel()
	if needsTree && cfg.Languages != nil {
		if l := cfg.Languages.Lookup(f.Language); l != nil {
			t1 := time.Now()
			tree, err := guardedParse(fctx, l, content)
			out.parseTime = time.Since(t1)
			if err != nil {
				out.errors = append(out.errors, FileError{Path: f.Path, Analyzer: "parser", Message: describe(err, fctx, cfg.FileTimeout)})
				return out
			}
			file.Tree = tree
			out.parseError = tree.ErrorCount > 0
		}
	}
	sup := newSuppressions(content)
	t2 := time.Now()
	for _, a := range wanted {
		if a.NeedsTree && file.Tree == nil {
			continue
		}
		var found []finding.Finding
		pass := &analysis.Pass{File: file, Report: func(fd finding.Finding) { found = append(found, fd) }}
		if err := guardedRun(fctx, a, pass); err != nil {
			out.errors = append(out.errors, FileError{Path: f.Path, Analyzer: a.Name, Message: describe(err, fctx, cfg.FileTimeout)})
		}
		// Findings reported before an error or timeout are kept.
		for _, fd := range found {
			complete(&fd, f.Path, content)
			if sup.suppresses(fd.RuleID, fd.Range.Start.Line) {
				out.suppressed++
				continue
			}
			out.findings = append(out.findings, fd)
		}
	}
	out.matchTime = time.Since(t2)
	return out
}

func describe(err error, ctx context.Context, limit time.Duration) string {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return fmt.Sprintf("file not fully analyzed: time limit of %s exceeded (%v)", limit, err)
	}
	return err.Error()
}

func guardedParse(ctx context.Context, l *lang.Language, src []byte) (t *ast.Tree, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parser panic: %v", r)
		}
	}()
	return l.Parse(ctx, src)
}

func guardedRun(ctx context.Context, a *analysis.Analyzer, pass *analysis.Pass) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("analyzer panic: %v", r)
		}
	}()
	return a.Run(ctx, pass)
}

func countLines(b []byte) int {
	if len(b) == 0 {
		return 0
	}
	n := 0
	for _, c := range b {
		if c == '\n' {
			n++
		}
	}
	if b[len(b)-1] != '\n' {
		n++
	}
	return n
}

// merge folds the per-file slots into res in walk order, then sorts,
// de-duplicates and fingerprints the findings.
func merge(res *Result, files []source.File, outcomes []fileOutcome) {
	st := &res.Stats
	for i, o := range outcomes {
		st.Timing.ReadMS += o.readTime.Milliseconds()
		st.Timing.ParseMS += o.parseTime.Milliseconds()
		st.Timing.MatchMS += o.matchTime.Milliseconds()
		res.Errors = append(res.Errors, o.errors...)
		if o.skipped != "" {
			st.Skipped = append(st.Skipped, SkippedFile{Path: files[i].Path, Reason: o.skipped})
			continue
		}
		if len(o.errors) > 0 && o.bytes == 0 && o.lines == 0 {
			continue
		}
		st.Files++
		st.Lines += o.lines
		st.Bytes += o.bytes
		st.Suppressed += o.suppressed
		name := o.language
		if name == "" {
			name = "other"
		}
		ls := st.Languages[name]
		ls.Files++
		ls.Lines += o.lines
		if o.parseError {
			ls.ParseErrors++
			st.ParseErrors++
		}
		st.Languages[name] = ls
		res.Findings = append(res.Findings, o.findings...)
	}
	sort.Slice(st.Skipped, func(i, j int) bool { return st.Skipped[i].Path < st.Skipped[j].Path })
	for _, s := range st.Skipped {
		st.SkipCounts[s.Reason]++
	}
	res.Findings, st.Duplicates = dedupe(res.Findings)
	fingerprint(res.Findings)
}
