package lang

import "strings"

// A JavaScript/TypeScript method pattern ($F(...) { ... },
// async $F($REQ) { ... }) is not a statement and does not parse at the
// top of a program; Semgrep accepts it as a class member, and so does
// ParsePattern: when the pattern looks like a method definition it is
// also tried inside a class body, and the pattern root is then the
// method_definition.

// methodScaffolds returns the class-body scaffold for a JS/TS pattern
// text that looks like a method definition (a "(" before the first "{",
// ending in "}"), or nil.
func methodScaffolds(trimmed string) []scaffold {
	brace := strings.IndexByte(trimmed, '{')
	paren := strings.IndexByte(trimmed, '(')
	if brace < 0 || paren < 0 || paren > brace || !strings.HasSuffix(trimmed, "}") {
		return nil
	}
	return []scaffold{{prefix: "class __vouch_M {\n", suffix: "\n}"}}
}
