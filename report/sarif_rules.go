package report

import (
	"fmt"
	"net/url"
	"sort"
	"strings"

	"github.com/vouchsec/vouch/finding"
	"github.com/vouchsec/vouch/scan"
)

// sarifRules returns the rule descriptors, sorted by ID, and each ID's
// index. Every rule of res.Rules is described; a finding whose rule is
// missing there gets a descriptor built from the finding itself.
func sarifRules(res *scan.Result) ([]sarifRule, map[string]int) {
	byID := map[string]finding.Rule{}
	for _, r := range res.Rules {
		byID[r.ID] = r
	}
	for i := range res.Findings {
		f := &res.Findings[i]
		if _, ok := byID[f.RuleID]; !ok {
			byID[f.RuleID] = finding.Rule{ID: f.RuleID, Kind: f.Kind, Severity: f.Severity, Confidence: f.Confidence, CWE: f.CWE, OWASP: f.OWASP}
		}
	}
	ids := make([]string, 0, len(byID))
	for id := range byID {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	rules := make([]sarifRule, len(ids))
	index := make(map[string]int, len(ids))
	for i, id := range ids {
		rules[i] = sarifRuleOf(byID[id])
		index[id] = i
	}
	return rules, index
}

func sarifRuleOf(r finding.Rule) sarifRule {
	title := nonEmpty(r.Title, r.ID)
	return sarifRule{
		ID:                   r.ID,
		Name:                 r.ID,
		ShortDescription:     sarifMultiformat{Text: title},
		FullDescription:      fullDescription(r.Explanation, title),
		Help:                 help(r, title),
		HelpURI:              helpURI(r.References),
		DefaultConfiguration: sarifRuleConfig{Level: level(r.Severity)},
		Properties: sarifRuleProps{
			Tags:             tags(r),
			SecuritySeverity: securitySeverity(r.Severity),
			Precision:        precision(r.Confidence),
		},
	}
}

// level maps a severity to a SARIF level.
func level(s finding.Severity) string {
	switch {
	case s >= finding.SeverityHigh:
		return "error"
	case s == finding.SeverityMedium:
		return "warning"
	}
	return "note"
}

// securitySeverity is GitHub's CVSS-like score string: >= 9.0 critical,
// 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low.
func securitySeverity(s finding.Severity) string {
	switch s {
	case finding.SeverityCritical:
		return "9.0"
	case finding.SeverityHigh:
		return "7.5"
	case finding.SeverityMedium:
		return "5.0"
	case finding.SeverityLow:
		return "3.0"
	}
	return "0.0"
}

// precision maps confidence to GitHub's precision property. Vouch has three
// confidence levels, so "very-high" is never claimed.
func precision(c finding.Confidence) string {
	switch c {
	case finding.ConfidenceHigh:
		return "high"
	case finding.ConfidenceMedium:
		return "medium"
	}
	return "low"
}

// tags returns "security", each CWE as "CWE-89" and GitHub's
// "external/cwe/cwe-89", and each OWASP category, without duplicates.
func tags(r finding.Rule) []string {
	out := []string{"security"}
	seen := map[string]bool{"security": true}
	add := func(t string) {
		if t != "" && !seen[t] && len(out) < maxTags {
			seen[t] = true
			out = append(out, t)
		}
	}
	for _, c := range r.CWE {
		if n, ok := cweNumber(c); ok {
			add("CWE-" + n)
			add("external/cwe/cwe-" + n)
		}
	}
	for _, o := range r.OWASP {
		add(strings.TrimSpace(o))
	}
	return out
}

// cweNumber extracts 89 from "CWE-89" or "CWE-89: Improper ...".
func cweNumber(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 5 || !strings.EqualFold(s[:4], "CWE-") {
		return "", false
	}
	end := 4
	for end < len(s) && s[end] >= '0' && s[end] <= '9' {
		end++
	}
	return s[4:end], end > 4
}

// firstParagraph returns the explanation's first paragraph that is not a
// heading, on one line.
func firstParagraph(s string) string {
	for _, p := range strings.Split(strings.TrimSpace(s), "\n\n") {
		if p = strings.TrimSpace(p); p != "" && !strings.HasPrefix(p, "#") {
			return strings.Join(strings.Fields(p), " ")
		}
	}
	return ""
}

// fullDescription is the explanation's first paragraph: as markdown, and
// as text without bold markers.
func fullDescription(explanation, title string) sarifMultiformat {
	p := firstParagraph(explanation)
	if p == "" {
		return sarifMultiformat{Text: title}
	}
	text := strings.ReplaceAll(p, "**", "")
	if text == p {
		return sarifMultiformat{Text: text}
	}
	return sarifMultiformat{Text: text, Markdown: p}
}

// help builds the rule's help in plain text and markdown from the
// explanation, the taxonomy and the references.
func help(r finding.Rule, title string) sarifMultiformat {
	var text, md strings.Builder
	text.WriteString(title + "\n")
	fmt.Fprintf(&md, "## %s\n", title)
	if e := strings.TrimSpace(r.Explanation); e != "" {
		text.WriteString("\n" + e + "\n")
		md.WriteString("\n" + e + "\n")
	}
	if len(r.CWE) > 0 || len(r.OWASP) > 0 {
		tax := strings.Join(append(append([]string{}, r.CWE...), r.OWASP...), "; ")
		text.WriteString("\nClassification: " + tax + "\n")
		md.WriteString("\n**Classification:** " + tax + "\n")
	}
	// References the explanation does not already list.
	var refs []string
	for _, ref := range r.References {
		if !strings.Contains(r.Explanation, ref) {
			refs = append(refs, ref)
		}
	}
	if len(refs) > 0 {
		text.WriteString("\nReferences:\n")
		md.WriteString("\n### References\n")
		for _, ref := range refs {
			text.WriteString("- " + ref + "\n")
			md.WriteString("- " + ref + "\n")
		}
	}
	return sarifMultiformat{Text: strings.TrimRight(text.String(), "\n"), Markdown: strings.TrimRight(md.String(), "\n")}
}

// helpURI returns the first reference that is an absolute http(s) URL.
func helpURI(refs []string) string {
	for _, ref := range refs {
		u, err := url.Parse(strings.TrimSpace(ref))
		if err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != "" {
			return u.String()
		}
	}
	return ""
}
