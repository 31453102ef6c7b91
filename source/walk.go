package source

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Walk calls visit for every candidate file, in lexical order of Path, and
// skip for every file or directory left out before reading: vendored
// directories, --exclude, ignore files, files outside every --include,
// files over the size limit, special files and symlink problems. A left-out
// directory is reported once and not entered.
//
// Symlinks are never followed out of Root. A symlinked file whose target
// is inside Root is visited under the link's path only when the walk would
// not reach the target itself (the target is ignored, excluded or in a
// skipped directory); otherwise the link is dropped silently and the
// content is scanned once, under the real path. Symlinked directories are
// not entered (their content is reachable through the real path); one that
// points at Root or at one of its own ancestors is reported as
// ReasonSymlinkLoop. A link cycle is ReasonSymlinkLoop, a dangling link
// ReasonUnreadable, a target outside Root ReasonSymlinkOutside.
//
// Root may be a directory, a file or a symlink to either; it is resolved
// first. An error resolving Root is returned; errors on single entries go
// to skip. An error returned by visit stops the walk and is returned as
// is. ctx is checked between entries: on cancellation Walk returns
// ctx.Err().
func Walk(ctx context.Context, opts Options, visit func(File) error, skip func(Skipped)) error {
	if skip == nil {
		skip = func(Skipped) {}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	realRoot, fi, err := resolveRoot(opts.Root)
	if err != nil {
		return err
	}
	w := &walker{
		ctx:      ctx,
		opts:     opts,
		max:      opts.maxSize(),
		realRoot: realRoot,
		visit:    visit,
		skip:     skip,
		exclude:  CompileList(opts.Exclude),
		include:  CompileList(opts.Include),
		sets:     map[string]*ignoreSet{},
	}
	if !fi.IsDir() {
		return w.single(fi)
	}
	if !opts.NoIgnoreFiles {
		w.base = baseSets(realRoot)
	}
	return w.run()
}

// resolveRoot makes Root absolute and resolves every symlink in it.
func resolveRoot(root string) (string, os.FileInfo, error) {
	if root == "" {
		root = "."
	}
	abs, err := filepath.Abs(root)
	if err != nil {
		return "", nil, fmt.Errorf("resolving scan root %s: %w", root, err)
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return "", nil, fmt.Errorf("resolving scan root %s: %w", root, err)
	}
	fi, err := os.Stat(real)
	if err != nil {
		return "", nil, fmt.Errorf("resolving scan root %s: %w", root, err)
	}
	return real, fi, nil
}

type walker struct {
	ctx      context.Context
	opts     Options
	max      int64
	realRoot string
	visit    func(File) error
	skip     func(Skipped)
	exclude  *List
	include  *List
	base     []*ignoreSet          // sets from above Root, lowest precedence first
	sets     map[string]*ignoreSet // per directory (relative to Root), nil when none
}

// single handles a Root that is a file: the user named it, so ignore
// files do not apply; --exclude/--include and the limits do.
func (w *walker) single(fi os.FileInfo) error {
	name := filepath.Base(filepath.Clean(w.opts.Root))
	if name == "." || name == string(filepath.Separator) {
		name = filepath.Base(w.realRoot)
	}
	if r := w.decide(name, false, nil); r != "" {
		w.skip(Skipped{name, r})
		return nil
	}
	if !fi.Mode().IsRegular() {
		w.skip(Skipped{name, ReasonSpecial})
		return nil
	}
	if fi.Size() > w.max {
		w.skip(Skipped{name, ReasonTooLarge})
		return nil
	}
	lang := DetectLanguage(name, nil)
	if lang == "" {
		lang = DetectLanguage(w.realRoot, nil)
	}
	return w.visit(File{Path: name, Abs: w.realRoot, Size: fi.Size(), Language: lang})
}

// dirFrame is one directory being listed; the walk keeps an explicit stack
// so that deep trees cannot exhaust the goroutine stack.
type dirFrame struct {
	rel     string
	entries []os.DirEntry
	next    int
}

func (w *walker) run() error {
	entries, err := w.readDir("")
	if err != nil {
		return fmt.Errorf("listing scan root %s: %w", w.opts.Root, err)
	}
	chain := slices.Clone(w.base)
	chain = append(chain, w.setFor(""))
	stack := []dirFrame{{entries: entries}}
	for len(stack) > 0 {
		if err := w.ctx.Err(); err != nil {
			return err
		}
		top := &stack[len(stack)-1]
		if top.next >= len(top.entries) {
			stack = stack[:len(stack)-1]
			chain = chain[:len(chain)-1]
			continue
		}
		e := top.entries[top.next]
		top.next++
		rel := e.Name()
		if top.rel != "" {
			rel = top.rel + "/" + rel
		}
		switch typ := e.Type(); {
		case typ.IsDir():
			entries, ok := w.enterDir(rel, e.Name(), chain)
			if ok {
				stack = append(stack, dirFrame{rel: rel, entries: entries})
				chain = append(chain, w.setFor(rel))
			}
		case typ&fs.ModeSymlink != 0:
			if err := w.symlink(rel, chain); err != nil {
				return err
			}
		default:
			if err := w.file(rel, e, chain); err != nil {
				return err
			}
		}
	}
	return nil
}

// enterDir decides whether to descend into a directory and lists it.
func (w *walker) enterDir(rel, name string, chain []*ignoreSet) ([]os.DirEntry, bool) {
	if vendoredDir(name) {
		w.skip(Skipped{rel, ReasonVendored})
		return nil, false
	}
	if r := w.decide(rel, true, chain); r != "" {
		w.skip(Skipped{rel, r})
		return nil, false
	}
	entries, err := w.readDir(rel)
	if err != nil {
		w.skip(Skipped{rel, ReasonUnreadable})
		return nil, false
	}
	for _, e := range entries {
		if e.Name() == "pyvenv.cfg" && e.Type().IsRegular() {
			w.skip(Skipped{rel, ReasonVendored})
			return nil, false
		}
	}
	return entries, true
}

// file handles a regular file or a special file.
func (w *walker) file(rel string, e os.DirEntry, chain []*ignoreSet) error {
	if e.Name() == ".git" { // a worktree or submodule pointer
		w.skip(Skipped{rel, ReasonVendored})
		return nil
	}
	if r := w.decide(rel, false, chain); r != "" {
		w.skip(Skipped{rel, r})
		return nil
	}
	if !e.Type().IsRegular() {
		w.skip(Skipped{rel, ReasonSpecial})
		return nil
	}
	info, err := e.Info()
	if err != nil {
		w.skip(Skipped{rel, ReasonUnreadable})
		return nil
	}
	if info.Size() > w.max {
		w.skip(Skipped{rel, ReasonTooLarge})
		return nil
	}
	return w.visit(File{Path: rel, Abs: w.abs(rel), Size: info.Size(), Language: DetectLanguage(rel, nil)})
}

func (w *walker) abs(rel string) string {
	return filepath.Join(w.realRoot, filepath.FromSlash(rel))
}

// readDir lists a directory sorted so that a depth-first walk yields paths
// in lexical order: a directory sorts as its name followed by "/".
func (w *walker) readDir(rel string) ([]os.DirEntry, error) {
	f, err := os.Open(w.abs(rel))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	entries, err := f.ReadDir(-1)
	if err != nil {
		return nil, err
	}
	keys := make([]string, len(entries))
	idx := make([]int, len(entries))
	for i, e := range entries {
		keys[i] = e.Name()
		if e.IsDir() {
			keys[i] += "/"
		}
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return strings.Compare(keys[a], keys[b]) })
	sorted := make([]os.DirEntry, len(entries))
	for i, j := range idx {
		sorted[i] = entries[j]
	}
	return sorted, nil
}

// setFor returns the ignore set of a directory, reading it once.
func (w *walker) setFor(rel string) *ignoreSet {
	if w.opts.NoIgnoreFiles {
		return nil
	}
	if s, ok := w.sets[rel]; ok {
		return s
	}
	s := loadSet(w.abs(rel), rel, func(name string) {
		p := name
		if rel != "" {
			p = rel + "/" + name
		}
		w.skip(Skipped{p, ReasonUnreadable})
	})
	w.sets[rel] = s
	return s
}

// decide returns why rel is left out, or "".
func (w *walker) decide(rel string, isDir bool, chain []*ignoreSet) string {
	if ig, m := w.exclude.Decide(rel, isDir); m && ig {
		return ReasonExcluded
	}
	if !w.opts.NoIgnoreFiles && decideChain(chain, rel, isDir) {
		return ReasonIgnored
	}
	if !isDir && len(w.include.Patterns) > 0 && !w.included(rel) {
		return ReasonExcluded
	}
	return ""
}

// included: the last --include pattern matching the file decides; when
// none matches the file, the same for its directories, deepest first (so
// "src" and "src/" include everything below src).
func (w *walker) included(rel string) bool {
	if in, m := w.include.Decide(rel, false); m {
		return in
	}
	for d := parentDir(rel); d != ""; d = parentDir(d) {
		if in, m := w.include.Decide(d, true); m {
			return in
		}
	}
	return false
}
