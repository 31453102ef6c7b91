package report

import (
	"net/url"
	"path/filepath"
	"strings"

	"github.com/vouchsec/vouch/finding"
)

// snippetFrom returns the part of r's snippet starting at line p.Line, so
// an edit's columns convert with the right line text ("" if not held).
func snippetFrom(r finding.Range, p finding.Position) string {
	if p.Line < r.Start.Line {
		return ""
	}
	lines := strings.Split(r.Snippet, "\n")
	if i := p.Line - r.Start.Line; i < len(lines) && r.Snippet != "" {
		return strings.Join(lines[i:], "\n")
	}
	return ""
}

func physical(r finding.Range) sarifPhysicalLocation {
	pl := sarifPhysicalLocation{ArtifactLocation: artifact(r.Path)}
	if r.Start.Line < 1 {
		return pl
	}
	reg := region(r, r.EndByte > r.StartByte)
	pl.Region = &reg
	if r.Snippet == "" {
		return pl
	}
	text, ok := regionText(r)
	if !ok || text != r.Snippet {
		// The snippet holds whole lines: give them as the context region and
		// the region's own text when the snippet covers it.
		lines := strings.Count(r.Snippet, "\n")
		pl.ContextRegion = &sarifRegion{StartLine: r.Start.Line, EndLine: r.Start.Line + lines,
			Snippet: &sarifArtifactContent{Text: truncate(r.Snippet, maxSnippetBytes)}}
	}
	if ok {
		reg.Snippet = &sarifArtifactContent{Text: truncate(text, maxSnippetBytes)}
	}
	return pl
}

// regionText cuts the exact text of r out of its snippet; ok is false when
// the snippet does not hold all of it.
func regionText(r finding.Range) (string, bool) {
	lines := strings.Split(r.Snippet, "\n")
	last := r.End.Line - r.Start.Line
	if r.Snippet == "" || last < 0 || last >= len(lines) {
		return "", false
	}
	if r.Start.Column < 1 {
		return strings.Join(lines[:last+1], "\n"), true
	}
	s, e := r.Start.Column-1, r.End.Column-1
	if s > len(lines[0]) || e < 0 || e > len(lines[last]) || (last == 0 && e < s) ||
		strings.HasSuffix(lines[last], truncMark) || (last > 0 && strings.HasSuffix(lines[0], truncMark)) {
		return "", false
	}
	if last == 0 {
		return lines[0][s:e], true
	}
	parts := append([]string{lines[0][s:]}, lines[1:last]...)
	return strings.Join(append(parts, lines[last][:e]), "\n"), true
}

// region converts a range; columns become code points (run.columnKind).
// withBytes adds the byte offset and length, which the driver knows exactly.
func region(r finding.Range, withBytes bool) sarifRegion {
	end := r.End
	if end.Line < r.Start.Line {
		end = r.Start
	}
	sc, ec := charColumns(finding.Range{Start: r.Start, End: end, Snippet: r.Snippet})
	reg := sarifRegion{StartLine: r.Start.Line, EndLine: end.Line, StartColumn: max(sc, 0), EndColumn: max(ec, 0)}
	if reg.StartColumn > 0 && reg.EndLine == reg.StartLine && reg.EndColumn < reg.StartColumn {
		reg.EndColumn = reg.StartColumn
	}
	if withBytes && r.StartByte >= 0 {
		off, n := r.StartByte, r.EndByte-r.StartByte
		reg.ByteOffset, reg.ByteLength = &off, &n
	}
	return reg
}

// artifact returns the location of a scanned file relative to %SRCROOT%.
func artifact(path string) sarifArtifactLocation {
	u := url.URL{Path: filepath.ToSlash(path)}
	return sarifArtifactLocation{URI: u.String(), URIBaseID: srcRoot}
}

// rootURI returns the file URI of the scan target directory, ending in a
// slash as SARIF requires, or "" when it cannot be made absolute.
func rootURI(target string) string {
	if target == "" {
		return ""
	}
	abs, err := filepath.Abs(target)
	if err != nil {
		return ""
	}
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // Windows drive letter
	}
	if !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}
