package source

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
)

// symlink handles a link found in the tree.
func (w *walker) symlink(rel string, chain []*ignoreSet) error {
	if r := w.decide(rel, false, chain); r != "" {
		w.skip(Skipped{rel, r})
		return nil
	}
	abs := w.abs(rel)
	fi, err := os.Stat(abs)
	if err != nil {
		if errors.Is(err, syscall.ELOOP) {
			w.skip(Skipped{rel, ReasonSymlinkLoop})
		} else {
			w.skip(Skipped{rel, ReasonUnreadable})
		}
		return nil
	}
	target, err := filepath.EvalSymlinks(abs)
	if err != nil {
		w.skip(Skipped{rel, ReasonUnreadable})
		return nil
	}
	trel, inside := w.relInside(target)
	if !inside {
		w.skip(Skipped{rel, ReasonSymlinkOutside})
		return nil
	}
	if fi.IsDir() {
		if trel == "" || strings.HasPrefix(rel, trel+"/") {
			w.skip(Skipped{rel, ReasonSymlinkLoop})
		}
		return nil // reachable through its real path
	}
	if !fi.Mode().IsRegular() {
		w.skip(Skipped{rel, ReasonSpecial})
		return nil
	}
	if w.wouldVisit(trel, fi.Size()) {
		return nil // visited under the real path
	}
	if fi.Size() > w.max {
		w.skip(Skipped{rel, ReasonTooLarge})
		return nil
	}
	lang := DetectLanguage(rel, nil)
	if lang == "" {
		lang = DetectLanguage(trel, nil)
	}
	return w.visit(File{Path: rel, Abs: abs, Size: fi.Size(), Language: lang})
}

// relInside returns target relative to Root when it lies inside it.
func (w *walker) relInside(target string) (string, bool) {
	return relInside(w.realRoot, target)
}

func relInside(root, target string) (string, bool) {
	r, err := filepath.Rel(root, target)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) || filepath.IsAbs(r) {
		return "", false
	}
	if r == "." {
		return "", true
	}
	return filepath.ToSlash(r), true
}

// wouldVisit reports whether the walk visits the regular file at trel (a
// fully resolved path relative to Root) under its own path.
func (w *walker) wouldVisit(trel string, size int64) bool {
	chain := slices.Clone(w.base)
	chain = append(chain, w.setFor(""))
	segs := strings.Split(trel, "/")
	dir := ""
	for _, seg := range segs[:len(segs)-1] {
		if dir != "" {
			dir += "/"
		}
		dir += seg
		if vendoredDir(seg) || w.decide(dir, true, chain) != "" {
			return false
		}
		if fi, err := os.Lstat(filepath.Join(w.abs(dir), "pyvenv.cfg")); err == nil && fi.Mode().IsRegular() {
			return false
		}
		chain = append(chain, w.setFor(dir))
	}
	return segs[len(segs)-1] != ".git" && w.decide(trel, false, chain) == "" && size <= w.max
}
