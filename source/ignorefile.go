package source

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// maxIgnoreFile bounds how much of an ignore file is read.
const maxIgnoreFile = 1 << 20

// ignoreSet is the patterns that apply below one directory: its .gitignore
// then its .vouchignore (so a .vouchignore line wins over a .gitignore line
// of the same directory).
type ignoreSet struct {
	dir    string // relative to Root, "" for Root and for sets above it
	prefix string // sets above Root: the path from the set's directory to Root, with "/"
	list   *List
}

// relOf returns rel (relative to Root, below s.dir) relative to the set.
func (s *ignoreSet) relOf(rel string) string {
	if s.dir == "" {
		return s.prefix + rel
	}
	return rel[len(s.dir)+1:]
}

// decideChain applies the sets from the deepest to the shallowest: the
// first that has a matching pattern decides, as in git.
func decideChain(chain []*ignoreSet, rel string, isDir bool) bool {
	for i := len(chain) - 1; i >= 0; i-- {
		s := chain[i]
		if s == nil {
			continue
		}
		if ig, m := s.list.Decide(s.relOf(rel), isDir); m {
			return ig
		}
	}
	return false
}

// readIgnoreFile reads one ignore file; (nil, nil) when there is none. Like
// git, it does not follow a symlinked ignore file.
func readIgnoreFile(path string) (*List, error) {
	fi, err := os.Lstat(path)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, nil
		}
		return nil, fmt.Errorf("reading ignore file: %w", err)
	}
	if !fi.Mode().IsRegular() {
		return nil, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading ignore file: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxIgnoreFile))
	if err != nil {
		return nil, fmt.Errorf("reading ignore file %s: %w", path, err)
	}
	l := ParseList(data)
	if len(l.Patterns) == 0 {
		return nil, nil
	}
	return l, nil
}

// loadSet reads the ignore files of one directory (absolute path dirAbs).
// Unreadable ignore files are reported through report and left out.
func loadSet(dirAbs, rel string, report func(name string)) *ignoreSet {
	var all []Pattern
	for _, name := range []string{".gitignore", ".vouchignore"} {
		l, err := readIgnoreFile(filepath.Join(dirAbs, name))
		if err != nil {
			report(name)
			continue
		}
		if l != nil {
			all = append(all, l.Patterns...)
		}
	}
	if len(all) == 0 {
		return nil
	}
	return &ignoreSet{dir: rel, list: &List{Patterns: all}}
}

// maxParentLevels bounds the search for the enclosing repository.
const maxParentLevels = 128

// baseSets returns the ignore sets that apply to Root from above it: when
// Root is inside a git work tree, .git/info/exclude (lowest precedence)
// and the .gitignore/.vouchignore files of the directories between the
// work tree's top and Root, so scanning a subdirectory honours the same
// rules as scanning the whole repository.
func baseSets(realRoot string) []*ignoreSet {
	top := ""
	dir := realRoot
	for range maxParentLevels {
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			top = dir
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	if top == "" {
		return nil
	}
	prefixOf := func(d string) string {
		r, err := filepath.Rel(d, realRoot)
		if err != nil || r == "." {
			return ""
		}
		return filepath.ToSlash(r) + "/"
	}
	var sets []*ignoreSet
	if fi, err := os.Lstat(filepath.Join(top, ".git")); err == nil && fi.IsDir() {
		if l, _ := readIgnoreFile(filepath.Join(top, ".git", "info", "exclude")); l != nil {
			sets = append(sets, &ignoreSet{prefix: prefixOf(top), list: l})
		}
	}
	// Directories from top down to Root's parent.
	var dirs []string
	for d := realRoot; d != top; {
		d = filepath.Dir(d)
		dirs = append(dirs, d)
		if len(dirs) > maxParentLevels {
			return sets
		}
	}
	for i := len(dirs) - 1; i >= 0; i-- {
		if s := loadSet(dirs[i], "", func(string) {}); s != nil {
			s.prefix = prefixOf(dirs[i])
			sets = append(sets, s)
		}
	}
	return sets
}

// parentDir returns the parent of a slash-separated relative path, "" at
// the top.
func parentDir(rel string) string {
	if i := strings.LastIndexByte(rel, '/'); i >= 0 {
		return rel[:i]
	}
	return ""
}
