package sast

import (
	"path"
	"strings"

	"github.com/vouchsec/vouch/sast/rule"
)

// pathAllowed applies a rule's paths: include/exclude to a slash-separated
// path relative to the scan root. Exclusions win over inclusions; an empty
// include list includes everything.
func pathAllowed(p rule.Paths, file string) bool {
	if len(p.Include) == 0 && len(p.Exclude) == 0 {
		return true
	}
	segs := strings.Split(strings.Trim(path.Clean("/"+file), "/"), "/")
	for _, g := range p.Exclude {
		if globMatch(g, segs) {
			return false
		}
	}
	if len(p.Include) == 0 {
		return true
	}
	for _, g := range p.Include {
		if globMatch(g, segs) {
			return true
		}
	}
	return false
}

// globMatch implements Semgrep's paths globs: a pattern matches a file when
// it matches the file path or one of its parent directories. A pattern
// without a slash matches any single path component ("*_test.go",
// "tests"); a pattern with slashes matches a run of consecutive components
// starting anywhere ("project/tests", "src/**/*.js"); a leading "/"
// anchors it at the root. "**" matches any number of components.
func globMatch(glob string, segs []string) bool {
	glob = strings.TrimSuffix(strings.TrimSpace(glob), "/")
	anchored := strings.HasPrefix(glob, "/")
	glob = strings.TrimLeft(glob, "/")
	if glob == "" {
		return false
	}
	pat := strings.Split(glob, "/")
	if len(pat) > 32 {
		return false
	}
	if len(pat) == 1 && !anchored && pat[0] != "**" {
		for _, s := range segs {
			if ok, _ := path.Match(pat[0], s); ok {
				return true
			}
		}
		return false
	}
	starts := len(segs)
	if anchored {
		starts = 1
	}
	for i := 0; i < starts; i++ {
		// The pattern must match segs[i:j] for some j (the file itself or
		// one of its parent directories).
		for j := i + 1; j <= len(segs); j++ {
			if matchSegs(pat, segs[i:j]) {
				return true
			}
		}
	}
	return false
}

// matchSegs matches glob segments against path segments; "**" matches any
// number of segments. Recursion depth is bounded by len(pat) <= 32.
func matchSegs(pat, segs []string) bool {
	if len(pat) == 0 {
		return len(segs) == 0
	}
	if pat[0] == "**" {
		for k := 0; k <= len(segs); k++ {
			if matchSegs(pat[1:], segs[k:]) {
				return true
			}
		}
		return false
	}
	if len(segs) == 0 {
		return false
	}
	if ok, _ := path.Match(pat[0], segs[0]); !ok {
		return false
	}
	return matchSegs(pat[1:], segs[1:])
}
