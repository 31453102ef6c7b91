package rule

import (
	"sort"
	"strings"
)

// Pseudo-languages of Semgrep that have no parser: their rules may only use
// pattern-regex / pattern-not-regex formulas and run on any file.
const (
	LangGeneric = "generic"
	LangRegex   = "regex"
)

// languageNames maps every language name or alias a rule may use to the
// canonical sast/lang name. It mirrors sast/lang's Registry (a test checks
// that every Registry name and alias is here with the same canonical name);
// it is a table rather than an import so this package needs no cgo.
// "none" is Semgrep's older spelling of "regex".
func languageNames() map[string]string {
	return map[string]string{
		"python": "python", "py": "python", "python3": "python", "python2": "python",
		"javascript": "javascript", "js": "javascript", "jsx": "javascript", "node": "javascript",
		"typescript": "typescript", "ts": "typescript",
		"tsx":  "tsx",
		"java": "java",
		"go":   "go", "golang": "go",
		LangGeneric: LangGeneric,
		LangRegex:   LangRegex, "none": LangRegex,
	}
}

// CanonicalLanguage returns the canonical name of a rule language, or ""
// when it is not supported.
func CanonicalLanguage(name string) string {
	return languageNames()[strings.ToLower(strings.TrimSpace(name))]
}

// IsTextLanguage reports whether name is generic or regex, the languages
// without a parser.
func IsTextLanguage(name string) bool { return name == LangGeneric || name == LangRegex }

func supportedLanguages() string {
	var names []string
	for k := range languageNames() {
		names = append(names, k)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}
