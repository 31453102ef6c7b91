package rule

import (
	"fmt"
	"regexp"
	"strings"
)

// CompileRegex compiles a rule regex as Semgrep does for pattern-regex
// (multiline: ^ and $ match at line boundaries) with Go's RE2 engine.
// PCRE-only constructs (lookaround, backreferences, atomic groups,
// possessive quantifiers) get an error that says so.
func CompileRegex(expr string) (*regexp.Regexp, error) {
	re, err := regexp.Compile("(?m)" + expr)
	if err == nil {
		return re, nil
	}
	if hint := pcreOnly(expr); hint != "" {
		return nil, fmt.Errorf("regex %q uses %s, PCRE syntax that Go's RE2 engine does not support; rewrite it without (e.g. with pattern-not-regex or metavariable-regex)", expr, hint)
	}
	return nil, fmt.Errorf("regex %q: %w", expr, err)
}

// pcreOnly names the first PCRE-only construct in expr, or "".
func pcreOnly(expr string) string {
	constructs := []struct{ token, name string }{
		{"(?<=", "a lookbehind (?<=...)"},
		{"(?<!", "a negative lookbehind (?<!...)"},
		{"(?=", "a lookahead (?=...)"},
		{"(?!", "a negative lookahead (?!...)"},
		{"(?>", "an atomic group (?>...)"},
		{"(?R)", "recursion (?R)"},
		{"(?|", "a branch-reset group (?|...)"},
		{`\Z`, `\Z (use \z or $)`},
		{`\G`, `\G`},
		{`\K`, `\K`},
	}
	for _, c := range constructs {
		if idx := strings.Index(expr, c.token); idx >= 0 && !escaped(expr, idx) {
			return c.name
		}
	}
	for i := 0; i+1 < len(expr); i++ {
		if expr[i] == '\\' && !escaped(expr, i) && expr[i+1] >= '1' && expr[i+1] <= '9' {
			return "a backreference \\" + string(expr[i+1])
		}
		if (expr[i] == '*' || expr[i] == '+' || expr[i] == '?' || expr[i] == '}') && expr[i+1] == '+' && !escaped(expr, i) {
			return "a possessive quantifier " + expr[i:i+2]
		}
	}
	return ""
}

// escaped reports whether expr[i] is preceded by an odd number of
// backslashes.
func escaped(expr string, i int) bool {
	n := 0
	for j := i - 1; j >= 0 && expr[j] == '\\'; j-- {
		n++
	}
	return n%2 == 1
}
