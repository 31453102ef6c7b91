package report

import (
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"sort"
	"time"

	"github.com/vouchsec/vouch/finding"
	"github.com/vouchsec/vouch/scan"
)

// SARIF constants and the limits GitHub code scanning enforces or that keep
// a log a sensible size.
const (
	sarifSchemaURI  = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifVersion    = "2.1.0"
	srcRoot         = "%SRCROOT%"
	fingerprintKey  = "vouch/v1"
	maxResults      = 25000 // GitHub rejects runs with more results
	maxFlowSteps    = 1000  // locations per thread flow kept
	maxTags         = 20    // tags per rule GitHub keeps
	maxSnippetBytes = 4096  // snippet text per region
	maxMessageBytes = 32768 // result message text
)

// sarifWriter writes a SARIF 2.1.0 log with one run.
type sarifWriter struct {
	w          io.Writer
	toolURI    string
	maxResults int
}

func newSARIFWriter(w io.Writer, opts Options) *sarifWriter {
	uri := opts.ToolURI
	if uri == "" {
		uri = DefaultToolURI
	}
	return &sarifWriter{w: w, toolURI: uri, maxResults: maxResults}
}

func (*sarifWriter) Progress(scan.Progress) {}

func (s *sarifWriter) Result(res *scan.Result) error {
	enc := json.NewEncoder(s.w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s.log(res)); err != nil {
		return fmt.Errorf("writing sarif report: %w", err)
	}
	return nil
}

// log converts res into a SARIF log.
func (s *sarifWriter) log(res *scan.Result) *sarifLog {
	rules, index := sarifRules(res)
	kept := s.keep(res.Findings)
	results := make([]sarifResult, 0, len(kept))
	for _, i := range kept {
		results = append(results, sarifResultOf(&res.Findings[i], index))
	}
	inv := sarifInvocation{ExecutionSuccessful: true}
	if !res.StartedAt.IsZero() {
		inv.StartTimeUTC = sarifTime(res.StartedAt)
		inv.EndTimeUTC = sarifTime(res.StartedAt.Add(time.Duration(res.Stats.Timing.TotalMS) * time.Millisecond))
	}
	for _, e := range res.Errors {
		msg := e.Message
		if e.Analyzer != "" {
			msg = e.Analyzer + ": " + msg
		}
		n := sarifNotification{Level: "error", Message: sarifMessage{Text: msg}}
		if e.Path != "" {
			n.Locations = []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: artifact(e.Path)}}}
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
	}
	if dropped := len(res.Findings) - len(kept); dropped > 0 {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{
			Level:   "warning",
			Message: sarifMessage{Text: fmt.Sprintf("%d of %d results left out (SARIF consumers accept at most %d per run); the least severe were dropped", dropped, len(res.Findings), s.maxResults)},
		})
	}
	driver := sarifDriver{Name: "vouch", Version: res.Tool.Version, SemanticVersion: semver(res.Tool.Version), InformationURI: s.toolURI, Rules: rules}
	if res.Tool.Name != "" {
		driver.Name = res.Tool.Name
	}
	run := sarifRun{
		Tool:        sarifTool{Driver: driver},
		Invocations: []sarifInvocation{inv},
		Results:     results,
		ColumnKind:  "unicodeCodePoints",
		Properties:  map[string]any{"vouch/schema_version": res.SchemaVersion, "vouch/stats": statsProperties(&res.Stats)},
	}
	if root := rootURI(res.Target); root != "" {
		run.OriginalURIBaseIDs = map[string]sarifArtifactLocation{srcRoot: {URI: root}}
	}
	return &sarifLog{Schema: sarifSchemaURI, Version: sarifVersion, Runs: []sarifRun{run}}
}

// keep returns the indexes of the findings to report, in their original
// order: all of them, or the most severe maxResults.
func (s *sarifWriter) keep(fs []finding.Finding) []int {
	idx := make([]int, len(fs))
	for i := range idx {
		idx[i] = i
	}
	if len(fs) <= s.maxResults {
		return idx
	}
	sort.SliceStable(idx, func(a, b int) bool { return fs[idx[a]].Severity > fs[idx[b]].Severity })
	idx = idx[:s.maxResults]
	sort.Ints(idx)
	return idx
}

func sarifResultOf(f *finding.Finding, index map[string]int) sarifResult {
	r := sarifResult{
		RuleID:    f.RuleID,
		RuleIndex: index[f.RuleID],
		Level:     level(f.Severity),
		Message:   sarifMessage{Text: truncate(nonEmpty(f.Message, f.RuleID), maxMessageBytes)},
		Locations: []sarifLocation{{PhysicalLocation: physical(f.Range)}},
		Properties: map[string]any{
			"confidence": f.Confidence.String(),
			"severity":   f.Severity.String(),
			"kind":       string(f.Kind),
		},
	}
	if f.Fingerprint != "" {
		r.PartialFingerprints = map[string]string{fingerprintKey: f.Fingerprint}
	}
	if len(f.Detail) > 0 {
		r.Properties["detail"] = f.Detail
	}
	if len(f.Trace) > 0 {
		steps := f.Trace
		if len(steps) > maxFlowSteps {
			steps = steps[:maxFlowSteps]
		}
		tf := sarifThreadFlow{Locations: make([]sarifThreadFlowLocation, len(steps))}
		for i, st := range steps {
			msg := sarifMessage{Text: nonEmpty(st.Message, fmt.Sprintf("step %d", i+1))}
			tf.Locations[i] = sarifThreadFlowLocation{Location: sarifLocation{PhysicalLocation: physical(st.Range), Message: &msg}}
		}
		r.CodeFlows = []sarifCodeFlow{{ThreadFlows: []sarifThreadFlow{tf}}}
	}
	for _, fix := range f.Fixes {
		if sf, ok := sarifFixOf(f, fix); ok {
			r.Fixes = append(r.Fixes, sf)
		}
	}
	return r
}

// sarifFixOf converts a fix, grouping its edits by file in first-seen order.
func sarifFixOf(f *finding.Finding, fix finding.Fix) (sarifFix, bool) {
	var sf sarifFix
	if fix.Description != "" {
		sf.Description = &sarifMessage{Text: fix.Description}
	}
	byPath := map[string]int{}
	for _, e := range fix.Edits {
		path := nonEmpty(e.Path, f.Range.Path)
		if e.Start.Line < 1 {
			continue
		}
		i, ok := byPath[path]
		if !ok {
			i = len(sf.ArtifactChanges)
			byPath[path] = i
			sf.ArtifactChanges = append(sf.ArtifactChanges, sarifArtifactChange{ArtifactLocation: artifact(path)})
		}
		rg := finding.Range{Path: path, Start: e.Start, End: e.End, StartByte: e.StartByte, EndByte: e.EndByte}
		if path == f.Range.Path {
			rg.Snippet = snippetFrom(f.Range, e.Start)
		}
		reg := region(rg, e.EndByte >= e.StartByte && !(e.EndByte == 0 && (e.Start.Line > 1 || e.Start.Column > 1)))
		sf.ArtifactChanges[i].Replacements = append(sf.ArtifactChanges[i].Replacements,
			sarifReplacement{DeletedRegion: reg, InsertedContent: &sarifArtifactContent{Text: e.NewText}})
	}
	return sf, len(sf.ArtifactChanges) > 0
}

// semverRE matches a Semantic Versioning 2.0 version, optionally with "v".
var semverRE = regexp.MustCompile(`^v?((0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?)$`)

// semver returns v without its "v" when it is a semantic version, else "".
func semver(v string) string {
	if m := semverRE.FindStringSubmatch(v); m != nil {
		return m[1]
	}
	return ""
}

func sarifTime(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }

func nonEmpty(s, fallback string) string {
	if s == "" {
		return fallback
	}
	return s
}

// truncate shortens s to at most n bytes on a rune boundary, marking the cut.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n - len(truncMark)
	for cut > 0 && !isRuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + truncMark
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// statsProperties is the run property bag copy of the scan statistics
// (without the per-file skip list, which can be long).
func statsProperties(st *scan.Stats) map[string]any {
	return map[string]any{
		"files":        st.Files,
		"lines":        st.Lines,
		"bytes":        st.Bytes,
		"languages":    st.Languages,
		"skip_counts":  skipCounts(st),
		"parse_errors": st.ParseErrors,
		"suppressed":   st.Suppressed,
		"duplicates":   st.Duplicates,
		"rules_run":    st.RulesRun,
		"timing":       st.Timing,
	}
}
