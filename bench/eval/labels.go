package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Kind says whether a labelled line is a true weakness or a deliberate near miss.
type Kind int

const (
	// Vuln marks the line of a dangerous operation (`vuln: CWE-NNN`).
	Vuln Kind = iota
	// Safe marks a deliberately safe look-alike (`safe: CWE-NNN`).
	Safe
)

func (k Kind) String() string {
	if k == Safe {
		return "safe"
	}
	return "vuln"
}

// Label is one (file, line, CWE) annotation of the corpus.
type Label struct {
	Path string // slash-separated, relative to the corpus root
	Line int    // 1-based
	CWE  int
	Kind Kind
	Code string // the source line, trimmed, for reports
}

// labelRe finds `vuln: CWE-1, CWE-2` and `safe: CWE-3` anywhere on a line (the
// comment syntax differs per language, so the comment marker is not part of it).
var labelRe = regexp.MustCompile(`\b(vuln|safe):\s*(CWE-\d+(?:\s*,\s*CWE-\d+)*)`)

var cweRe = regexp.MustCompile(`CWE-(\d+)`)

// ParseLabels returns the labels of one file's source.
func ParseLabels(relPath string, src []byte) []Label {
	var out []Label
	sc := bufio.NewScanner(bytes.NewReader(src))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		for _, m := range labelRe.FindAllStringSubmatch(text, -1) {
			kind := Vuln
			if m[1] == "safe" {
				kind = Safe
			}
			for _, c := range cweRe.FindAllStringSubmatch(m[2], -1) {
				n, err := strconv.Atoi(c[1])
				if err != nil {
					continue
				}
				out = append(out, Label{Path: relPath, Line: line, CWE: n, Kind: kind, Code: codeOf(text)})
			}
		}
	}
	return out
}

// codeOf strips the trailing label comment from a source line.
func codeOf(line string) string {
	if loc := labelRe.FindStringIndex(line); loc != nil {
		line = line[:loc[0]]
	}
	line = strings.TrimSpace(line)
	for _, marker := range []string{"{/*", "//", "#"} {
		line = strings.TrimSpace(strings.TrimSuffix(line, marker))
	}
	return line
}

// LanguageOf maps a corpus path to the language bucket used in the tables.
func LanguageOf(p string) string {
	switch path.Ext(p) {
	case ".py":
		return "python"
	case ".js", ".jsx", ".mjs", ".cjs":
		return "javascript"
	case ".ts", ".tsx":
		return "typescript"
	case ".java":
		return "java"
	case ".go":
		return "go"
	}
	return ""
}

// LoadLabels walks the corpus and returns every label, sorted by path and line,
// together with the number of source files and lines per language.
func LoadLabels(ctx context.Context, root string) ([]Label, map[string][2]int, error) {
	var labels []Label
	sizes := map[string][2]int{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return fmt.Errorf("relativising %s: %w", p, err)
		}
		rel = filepath.ToSlash(rel)
		lang := LanguageOf(rel)
		if lang == "" {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return fmt.Errorf("reading %s: %w", p, err)
		}
		s := sizes[lang]
		s[0]++
		s[1] += bytes.Count(src, []byte("\n"))
		sizes[lang] = s
		labels = append(labels, ParseLabels(rel, src)...)
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("walking corpus %s: %w", root, err)
	}
	sort.SliceStable(labels, func(i, j int) bool {
		if labels[i].Path != labels[j].Path {
			return labels[i].Path < labels[j].Path
		}
		return labels[i].Line < labels[j].Line
	})
	return labels, sizes, nil
}
