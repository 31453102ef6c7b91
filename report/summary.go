package report

import (
	"fmt"
	"sort"
	"strings"

	"github.com/vouchsec/vouch/finding"
	"github.com/vouchsec/vouch/scan"
)

// severitiesDesc lists severities from worst to mildest.
func severitiesDesc() []finding.Severity {
	return []finding.Severity{finding.SeverityCritical, finding.SeverityHigh, finding.SeverityMedium, finding.SeverityLow, finding.SeverityInfo}
}

// plural returns "1 file" / "2 files".
func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// summary prints the counts, coverage, skips, timings and errors.
func (p *printer) summary(res *scan.Result) {
	st := &res.Stats
	if len(res.Findings) == 0 {
		p.printf("%s\n\n", p.style(ansiGreen, "No findings."))
	}
	p.printf("%s\n", p.style(ansiBold, "Summary"))

	counts := map[finding.Severity]int{}
	for i := range res.Findings {
		counts[res.Findings[i].Severity]++
	}
	parts := make([]string, 0, 5)
	for _, s := range severitiesDesc() {
		part := fmt.Sprintf("%d %s", counts[s], s)
		if counts[s] > 0 {
			part = p.style(severityStyle(s), part)
		}
		parts = append(parts, part)
	}
	p.printf("  %-13s%s: %s\n", "Findings", plural(len(res.Findings), "finding"), strings.Join(parts, ", "))

	p.printf("  %-13s%s, %s, %s\n", "Scanned", plural(st.Files, "file"), plural(st.Lines, "line"), byteSize(st.Bytes))
	langs := make([]string, 0, len(st.Languages))
	for l := range st.Languages {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		ls := st.Languages[l]
		line := fmt.Sprintf("%s, %s", plural(ls.Files, "file"), plural(ls.Lines, "line"))
		if ls.ParseErrors > 0 {
			line += ", " + plural(ls.ParseErrors, "parse error")
		}
		p.printf("    %-11s%s\n", clean(l), line)
	}

	skips := skipCounts(st)
	if len(skips) > 0 {
		total := 0
		reasons := make([]string, 0, len(skips))
		for r, n := range skips {
			total += n
			reasons = append(reasons, r)
		}
		sort.Strings(reasons)
		for i, r := range reasons {
			reasons[i] = fmt.Sprintf("%s %d", clean(r), skips[r])
		}
		p.printf("  %-13s%s: %s\n", "Skipped", plural(total, "file"), strings.Join(reasons, ", "))
	} else {
		p.printf("  %-13s%s\n", "Skipped", "0 files")
	}
	p.printf("  %-13s%s\n", "Parse errors", plural(st.ParseErrors, "file")+" needed error recovery")
	p.printf("  %-13s%s\n", "Suppressed", plural(st.Suppressed, "finding")+" (vouch:ignore / nosemgrep)")
	if st.Duplicates > 0 {
		p.printf("  %-13s%s\n", "Duplicates", plural(st.Duplicates, "finding")+" dropped (same rule, same place)")
	}
	p.printf("  %-13s%d\n", "Rules run", st.RulesRun)
	tm := st.Timing
	p.printf("  %-13swalk %dms, read %dms, parse %dms, match %dms, total %dms\n", "Time",
		tm.WalkMS, tm.ReadMS, tm.ParseMS, tm.MatchMS, tm.TotalMS)

	if len(res.Errors) > 0 {
		p.printf("\n%s\n", p.style(ansiBold+ansiRed, fmt.Sprintf("Errors (%d)", len(res.Errors))))
		for _, e := range res.Errors {
			who := ""
			if e.Analyzer != "" {
				who = " [" + clean(e.Analyzer) + "]"
			}
			p.printf("  %s%s: %s\n", clean(e.Path), who, clean(e.Message))
		}
	}
}

// skipCounts returns Stats.SkipCounts, or counts derived from Stats.Skipped
// when the producer left the map empty.
func skipCounts(st *scan.Stats) map[string]int {
	if len(st.SkipCounts) > 0 {
		return st.SkipCounts
	}
	m := map[string]int{}
	for _, s := range st.Skipped {
		m[s.Reason]++
	}
	return m
}

// byteSize formats a byte count with a binary unit.
func byteSize(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
