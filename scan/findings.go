package scan

import (
	"bytes"
	"sort"
	"strings"

	"github.com/vouchsec/vouch/analysis"
	"github.com/vouchsec/vouch/finding"
)

// maxSnippetLines and maxSnippetLineBytes bound the code kept per finding.
const (
	maxSnippetLines     = 6
	maxSnippetLineBytes = 240
)

// complete fills what the driver owns in a finding: the path, the snippet
// and default range bounds.
func complete(fd *finding.Finding, path string, content []byte) {
	fd.Range.Path = path
	if fd.Range.Start.Line <= 0 {
		fd.Range.Start.Line = 1
	}
	if fd.Range.End.Line < fd.Range.Start.Line {
		fd.Range.End = fd.Range.Start
	}
	if fd.Range.Snippet == "" {
		fd.Range.Snippet = snippet(content, fd.Range.Start.Line, fd.Range.End.Line)
	}
	for i := range fd.Trace {
		if fd.Trace[i].Range.Path == "" {
			fd.Trace[i].Range.Path = path
		}
		if fd.Trace[i].Range.Snippet == "" {
			fd.Trace[i].Range.Snippet = snippet(content, fd.Trace[i].Range.Start.Line, fd.Trace[i].Range.Start.Line)
		}
	}
	for i := range fd.Fixes {
		for j := range fd.Fixes[i].Edits {
			if fd.Fixes[i].Edits[j].Path == "" {
				fd.Fixes[i].Edits[j].Path = path
			}
		}
	}
}

// snippet returns lines [from, to] (1-based) of content, bounded in count
// and width.
func snippet(content []byte, from, to int) string {
	if to-from+1 > maxSnippetLines {
		to = from + maxSnippetLines - 1
	}
	var b strings.Builder
	line := 1
	for len(content) > 0 && line <= to {
		i := bytes.IndexByte(content, '\n')
		var cur []byte
		if i < 0 {
			cur, content = content, nil
		} else {
			cur, content = content[:i], content[i+1:]
		}
		if line >= from {
			cur = bytes.TrimRight(cur, "\r")
			if len(cur) > maxSnippetLineBytes {
				cur = append(cur[:maxSnippetLineBytes:maxSnippetLineBytes], "…"...)
			}
			if b.Len() > 0 {
				b.WriteByte('\n')
			}
			b.Write(bytes.ToValidUTF8(cur, []byte("\uFFFD")))
		}
		line++
	}
	return b.String()
}

// less orders findings by path, position, then rule.
func less(a, b *finding.Finding) bool {
	if a.Range.Path != b.Range.Path {
		return a.Range.Path < b.Range.Path
	}
	if a.Range.Start != b.Range.Start {
		return a.Range.Start.Less(b.Range.Start)
	}
	if a.Range.End != b.Range.End {
		return a.Range.End.Less(b.Range.End)
	}
	return a.RuleID < b.RuleID
}

// dedupe sorts findings and keeps one per rule and line: a rule that
// reaches the same place twice (two sources, two patterns of an either,
// two tainted arguments of one call) reports it once, at its first column.
// It returns how many were dropped.
func dedupe(fs []finding.Finding) ([]finding.Finding, int) {
	sort.SliceStable(fs, func(i, j int) bool { return less(&fs[i], &fs[j]) })
	out := fs[:0]
	for i := range fs {
		if n := len(out); n > 0 {
			p := &out[n-1]
			if p.RuleID == fs[i].RuleID && p.Range.Path == fs[i].Range.Path &&
				p.Range.Start.Line == fs[i].Range.Start.Line {
				continue
			}
		}
		out = append(out, fs[i])
	}
	return out, len(fs) - len(out)
}

// fingerprint gives every finding without one a fingerprint from its rule,
// path and code context; identical contexts in one file are told apart by
// their order of occurrence.
func fingerprint(fs []finding.Finding) {
	seen := map[string]int{}
	for i := range fs {
		if fs[i].Fingerprint != "" {
			continue
		}
		ctx := fs[i].Range.Snippet
		key := fs[i].RuleID + "\x00" + fs[i].Range.Path + "\x00" + strings.Join(strings.Fields(ctx), " ")
		fs[i].Fingerprint = finding.Fingerprint(fs[i].RuleID, fs[i].Range.Path, ctx, seen[key])
		seen[key]++
	}
}

// rulesOf returns the metadata of the rules that have findings, by ID.
func rulesOf(as []*analysis.Analyzer, fs []finding.Finding) []finding.Rule {
	used := map[string]bool{}
	for _, f := range fs {
		used[f.RuleID] = true
	}
	out := []finding.Rule{}
	for _, a := range as {
		for _, r := range a.Rules {
			if used[r.ID] {
				out = append(out, r)
				used[r.ID] = false
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}
