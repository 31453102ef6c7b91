package rule

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/vouchsec/vouch/finding"
)

var cweID = regexp.MustCompile(`^(?i)cwe-([0-9]+)\b`)

// metadata decodes the free-form metadata map and fills the parts of
// r.Meta it describes: cwe, owasp, confidence, references, description,
// exploit, remediation. Other keys are kept in r.Metadata only.
func (d *decoder) metadata(r *Rule, v *yaml.Node) error {
	entries, err := d.mapping(v, "metadata")
	if err != nil {
		return err
	}
	var all map[string]any
	if err := v.Decode(&all); err != nil {
		return d.errorf(v, "metadata: %v", err)
	}
	r.Metadata = all
	var description, exploit, remediation string
	for _, e := range entries {
		switch strings.ToLower(e.key) {
		case "cwe":
			list, err := d.strList(e.value, "metadata.cwe")
			if err != nil {
				return err
			}
			for _, s := range list {
				m := cweID.FindStringSubmatch(strings.TrimSpace(s))
				if m == nil {
					return d.errorf(e.value, "metadata.cwe: %q does not start with a CWE ID (want \"CWE-<number>: <name>\")", s)
				}
				num, err := strconv.Atoi(m[1])
				if err != nil || num <= 0 {
					return d.errorf(e.value, "metadata.cwe: %q is not a valid CWE ID", s)
				}
				r.Meta.CWE = appendUnique(r.Meta.CWE, "CWE-"+strconv.Itoa(num))
			}
		case "owasp":
			list, err := d.strList(e.value, "metadata.owasp")
			if err != nil {
				return err
			}
			r.Meta.OWASP = owaspCategories(list)
		case "confidence":
			s, err := d.str(e.value, "metadata.confidence")
			if err != nil {
				return err
			}
			c, err := finding.ParseConfidence(s)
			if err != nil {
				return d.errorf(e.value, "metadata.confidence: %v", err)
			}
			r.Meta.Confidence = c
		case "references":
			if r.Meta.References, err = d.strList(e.value, "metadata.references"); err != nil {
				return err
			}
		case "description":
			if description, err = d.str(e.value, "metadata.description"); err != nil {
				return err
			}
		case "exploit":
			if exploit, err = d.str(e.value, "metadata.exploit"); err != nil {
				return err
			}
		case "remediation":
			if remediation, err = d.str(e.value, "metadata.remediation"); err != nil {
				return err
			}
		}
	}
	r.Meta.Explanation = Explanation(description, exploit, remediation, r.Meta.References)
	return nil
}

// owaspCategories trims the entries and, when a 2021 category is present,
// drops the 2017 ones.
func owaspCategories(list []string) []string {
	has2021 := false
	for _, s := range list {
		if strings.Contains(s, ":2021") {
			has2021 = true
		}
	}
	var out []string
	for _, s := range list {
		s = strings.TrimSpace(s)
		if s == "" || (has2021 && strings.Contains(s, ":2017")) {
			continue
		}
		out = appendUnique(out, s)
	}
	return out
}

// Explanation assembles a rule's markdown explanation from its metadata
// sections; empty sections are left out.
func Explanation(description, exploit, remediation string, references []string) string {
	var b strings.Builder
	section := func(title, body string) {
		body = strings.TrimSpace(body)
		if body == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		fmt.Fprintf(&b, "## %s\n\n%s", title, body)
	}
	section("What it is", description)
	section("How it is exploited", exploit)
	section("How to fix", remediation)
	var refs []string
	for _, r := range references {
		if r = strings.TrimSpace(r); r != "" {
			refs = append(refs, "- "+r)
		}
	}
	section("References", strings.Join(refs, "\n"))
	return b.String()
}

var messageMetavar = regexp.MustCompile(`\$(\.\.\.)?[A-Z_][A-Z0-9_]*|\$[0-9]+`)

// Title derives a one-line title from a rule message: the first sentence,
// metavariables replaced by generic words ($FUNC -> "func", $X -> "a value"),
// at most 120 bytes.
func Title(message string) string {
	s := strings.Join(strings.Fields(message), " ")
	s = messageMetavar.ReplaceAllStringFunc(s, func(mv string) string {
		name := strings.TrimLeft(mv, "$.")
		if len(name) <= 2 || strings.Trim(name, "0123456789") == "" {
			return "a value"
		}
		return strings.ToLower(strings.ReplaceAll(strings.Trim(name, "_"), "_", " "))
	})
	if i := sentenceEnd(s); i > 0 {
		s = s[:i]
	}
	if len(s) > 120 {
		cut := strings.LastIndexByte(s[:117], ' ')
		if cut < 60 {
			cut = 117
		}
		s = strings.TrimRight(s[:cut], " ,;:") + "..."
	}
	return s
}

// sentenceEnd returns the index just past the first ". " sentence end (not
// inside a word like "e.g." or "hashlib.md5"), or -1.
func sentenceEnd(s string) int {
	for i := 0; i+1 < len(s); i++ {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?' || s[i] == ';') && s[i+1] == ' ' {
			if s[i] == '.' && i >= 3 && (strings.HasSuffix(s[:i], "e.g") || strings.HasSuffix(s[:i], "i.e")) {
				continue
			}
			if s[i] == ';' {
				return i
			}
			return i
		}
	}
	return -1
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
