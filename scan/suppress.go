package scan

import (
	"bytes"
	"strings"
)

// suppressions holds the inline ignore comments of one file:
//
//	x = eval(s)  # vouch:ignore python.lang.eval reviewed: input is a constant
//	# nosemgrep: python.lang.eval
//
// A comment applies to its own line and, when it stands alone on its line,
// to the line below it. With no rule IDs it applies to every rule; an ID
// ending in "*" is a prefix.
type suppressions map[int][]string // line -> rule IDs ("" = all)

var suppressMarkers = []string{"vouch:ignore", "nosemgrep"}

func newSuppressions(content []byte) suppressions {
	if !bytes.Contains(content, []byte("vouch:ignore")) && !bytes.Contains(content, []byte("nosemgrep")) {
		return nil
	}
	s := suppressions{}
	for i, line := range bytes.Split(content, []byte("\n")) {
		ids, alone, ok := parseSuppression(string(line))
		if !ok {
			continue
		}
		s[i+1] = append(s[i+1], ids...)
		if alone {
			s[i+2] = append(s[i+2], ids...)
		}
	}
	return s
}

// parseSuppression finds a marker in a line and returns the rule IDs that
// follow it. vouch:ignore takes the first word (comma-separated IDs; the
// rest is the reason); nosemgrep takes an optional ": id, id" list. alone
// reports whether nothing but a comment precedes the marker.
func parseSuppression(line string) (ids []string, alone, ok bool) {
	for _, m := range suppressMarkers {
		i := strings.Index(line, m)
		if i < 0 {
			continue
		}
		alone = strings.Trim(line[:i], " \t#/*-<!;") == ""
		rest := strings.TrimSpace(line[i+len(m):])
		rest = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(rest, "*/"), "-->"))
		colon := strings.HasPrefix(rest, ":")
		rest = strings.TrimSpace(strings.TrimPrefix(rest, ":"))
		var list string
		if m == "nosemgrep" {
			if colon {
				list = rest
			}
		} else if f := strings.Fields(rest); len(f) > 0 {
			list = f[0]
		}
		for _, id := range strings.Split(list, ",") {
			if id = strings.TrimSpace(id); id != "" {
				ids = append(ids, strings.Fields(id)[0])
			}
		}
		if len(ids) == 0 {
			ids = []string{""}
		}
		return ids, alone, true
	}
	return nil, false, false
}

func (s suppressions) suppresses(ruleID string, line int) bool {
	for _, id := range s[line] {
		switch {
		case id == "", id == ruleID:
			return true
		case strings.HasSuffix(id, "*") && strings.HasPrefix(ruleID, strings.TrimSuffix(id, "*")):
			return true
		}
	}
	return false
}
