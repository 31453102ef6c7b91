package rule

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vouchsec/vouch/finding"
)

// ruleYAML wraps rule body lines (indented by 4) into a rule file whose
// first body line is line 6.
func ruleYAML(body string) string {
	return "rules:\n  - id: t.rule\n    languages: [python]\n    severity: HIGH\n    message: Found $X\n" + body
}

func TestParseFormulas(t *testing.T) {
	tests := []struct {
		name string
		body string
		want *Formula
	}{
		{"pattern", "    pattern: foo($X)\n", &Formula{Op: OpPattern, Pattern: "foo($X)", Line: 6}},
		{"regex", "    pattern-regex: 'md5\\('\n", &Formula{Op: OpRegex, Pattern: `md5\(`, Line: 6}},
		{"patterns", `    patterns:
      - pattern-inside: |
          def $F(...):
            ...
      - pattern: open($X)
      - pattern-not: open("...")
      - pattern-not-inside: 'with $Y: ...'
      - pattern-not-regex: safe
      - metavariable-regex:
          metavariable: $X
          regex: ^user
      - metavariable-comparison:
          metavariable: $X
          comparison: $X > 1
          base: 8
          strip: true
      - metavariable-pattern:
          metavariable: $X
          language: js
          patterns:
            - pattern-not: bar()
      - focus-metavariable: [$X, $F]
`, &Formula{Op: OpAnd, Line: 6, Children: []*Formula{
			{Op: OpInside, Line: 7, Children: []*Formula{{Op: OpPattern, Pattern: "def $F(...):\n  ...\n", Line: 7}}},
			{Op: OpPattern, Pattern: "open($X)", Line: 10},
			{Op: OpNot, Line: 11, Children: []*Formula{{Op: OpPattern, Pattern: `open("...")`, Line: 11}}},
			{Op: OpNotInside, Line: 12, Children: []*Formula{{Op: OpPattern, Pattern: "with $Y: ...", Line: 12}}},
			{Op: OpNotRegex, Pattern: "safe", Line: 13},
		}, Conditions: []*Condition{
			{Kind: CondRegex, Metavariable: "$X", Regex: "^user", Line: 14},
			{Kind: CondComparison, Metavariable: "$X", Comparison: "$X > 1", Base: 8, Strip: true, Line: 17},
			{Kind: CondPattern, Metavariable: "$X", Language: "javascript", Line: 22, Formula: &Formula{Op: OpAnd, Line: 25, Children: []*Formula{
				{Op: OpNot, Line: 26, Children: []*Formula{{Op: OpPattern, Pattern: "bar()", Line: 26}}},
			}}},
		}, Focus: []string{"$X", "$F"}}},
		{"either with nested and inside", `    pattern-either:
      - pattern: a()
      - pattern-inside: b()
      - patterns:
          - pattern: c($X)
          - pattern-not:
              pattern-either:
                - pattern: c(1)
                - pattern-regex: c\(2
`, &Formula{Op: OpOr, Line: 6, Children: []*Formula{
			{Op: OpPattern, Pattern: "a()", Line: 7},
			{Op: OpPattern, Pattern: "b()", Line: 8},
			{Op: OpAnd, Line: 9, Children: []*Formula{
				{Op: OpPattern, Pattern: "c($X)", Line: 10},
				{Op: OpNot, Line: 11, Children: []*Formula{{Op: OpOr, Line: 12, Children: []*Formula{
					{Op: OpPattern, Pattern: "c(1)", Line: 13},
					{Op: OpRegex, Pattern: `c\(2`, Line: 14},
				}}}},
			}},
		}}},
		{"either of insides in patterns", `    patterns:
      - pattern: f($X)
      - pattern-either:
          - pattern-inside: 'def a(): ...'
          - pattern-inside: 'def b(): ...'
`, &Formula{Op: OpAnd, Line: 6, Children: []*Formula{
			{Op: OpPattern, Pattern: "f($X)", Line: 7},
			{Op: OpInside, Line: 8, Children: []*Formula{{Op: OpOr, Line: 8, Children: []*Formula{
				{Op: OpPattern, Pattern: "def a(): ...", Line: 9},
				{Op: OpPattern, Pattern: "def b(): ...", Line: 10},
			}}}},
		}}},
		{"focus string", "    patterns:\n      - pattern: f($A)\n      - focus-metavariable: $A\n",
			&Formula{Op: OpAnd, Line: 6, Children: []*Formula{{Op: OpPattern, Pattern: "f($A)", Line: 7}}, Focus: []string{"$A"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rules, err := Parse([]byte(ruleYAML(tt.body)), "r.yaml")
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, rules[0].Formula); diff != "" {
				t.Errorf("formula (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseTaint(t *testing.T) {
	src := `rules:
  - id: t.taint
    mode: taint
    languages: [python]
    severity: ERROR
    message: $SOURCE reaches $SINK
    pattern-sources:
      - pattern: request.args.get(...)
        label: USER
      - patterns:
          - pattern: make($X)
          - focus-metavariable: $X
        by-side-effect: only
    pattern-sinks:
      - pattern: cursor.execute($Q, ...)
        exact: true
        requires: USER
    pattern-sanitizers:
      - pattern: int(...)
      - pattern: quote(...)
        exact: true
        by-side-effect: true
    pattern-propagators:
      - pattern: $L.append($R)
        from: $R
        to: $L
`
	rules, err := Parse([]byte(src), "t.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := &Taint{
		Sources: []*TaintItem{
			{Formula: &Formula{Op: OpPattern, Pattern: "request.args.get(...)", Line: 8}, Label: "USER", Line: 8},
			{Formula: &Formula{Op: OpAnd, Line: 10, Children: []*Formula{{Op: OpPattern, Pattern: "make($X)", Line: 11}}, Focus: []string{"$X"}}, BySideEffect: "only", Line: 10},
		},
		Sinks: []*TaintItem{{Formula: &Formula{Op: OpPattern, Pattern: "cursor.execute($Q, ...)", Line: 15}, Exact: true, Requires: "USER", Line: 15}},
		Sanitizers: []*TaintItem{
			{Formula: &Formula{Op: OpPattern, Pattern: "int(...)", Line: 19}, ByInside: true, Line: 19},
			{Formula: &Formula{Op: OpPattern, Pattern: "quote(...)", Line: 20}, Exact: true, BySideEffect: "true", Line: 20},
		},
		Propagators: []*TaintItem{{Formula: &Formula{Op: OpPattern, Pattern: "$L.append($R)", Line: 24}, From: "$R", To: "$L", Line: 24}},
	}
	if diff := cmp.Diff(want, rules[0].Taint); diff != "" {
		t.Errorf("taint (-want +got):\n%s", diff)
	}
	if rules[0].Mode != ModeTaint || rules[0].Meta.Severity != finding.SeverityHigh {
		t.Errorf("mode %q severity %v", rules[0].Mode, rules[0].Meta.Severity)
	}
}

func TestParseMetadata(t *testing.T) {
	src := `rules:
  - id: python.lang.md5
    languages: [py, python3]
    severity: MEDIUM
    message: hashlib.md5($...ARGS) computes an MD5 digest with $HASH_FUNC. MD5 is broken.
    metadata:
      cwe: "CWE-0328: Use of Weak Hash"
      owasp:
        - "A03:2017 - Sensitive Data Exposure"
        - "A02:2021 - Cryptographic Failures"
      confidence: high
      category: security
      likelihood: LOW
      description: MD5 is weak.
      exploit: Collisions.
      remediation: |
        Use sha256.
      references: https://cwe.mitre.org/data/definitions/328.html
    pattern: hashlib.md5(...)
    paths:
      include: "src/**/*.py"
      exclude: [tests, "*_test.py"]
    fix-regex:
      regex: md5
      replacement: sha256
      count: 1
    options:
      constant_propagation: true
    min-version: 1.0.0
`
	rules, err := Parse([]byte(src), "m.yaml")
	if err != nil {
		t.Fatal(err)
	}
	r := rules[0]
	want := finding.Rule{
		ID: "python.lang.md5", Kind: finding.KindCode, Languages: []string{"python"},
		Severity: finding.SeverityMedium, Confidence: finding.ConfidenceHigh,
		CWE: []string{"CWE-328"}, OWASP: []string{"A02:2021 - Cryptographic Failures"},
		Title: "hashlib.md5(args) computes an MD5 digest with hash func",
		Explanation: "## What it is\n\nMD5 is weak.\n\n## How it is exploited\n\nCollisions.\n\n## How to fix\n\nUse sha256.\n\n" +
			"## References\n\n- https://cwe.mitre.org/data/definitions/328.html",
		References: []string{"https://cwe.mitre.org/data/definitions/328.html"},
		Source:     "m.yaml",
	}
	if diff := cmp.Diff(want, r.Meta); diff != "" {
		t.Errorf("meta (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(Paths{Include: []string{"src/**/*.py"}, Exclude: []string{"tests", "*_test.py"}}, r.Paths); diff != "" {
		t.Errorf("paths: %s", diff)
	}
	if diff := cmp.Diff(&FixRegex{Regex: "md5", Replacement: "sha256", Count: 1}, r.FixRegex); diff != "" {
		t.Errorf("fix-regex: %s", diff)
	}
	if r.Metadata["likelihood"] != "LOW" || r.Metadata["category"] != "security" {
		t.Errorf("metadata map = %v", r.Metadata)
	}
	if r.Options["constant_propagation"] != true {
		t.Errorf("options = %v", r.Options)
	}
}

func TestTitle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"User input from $SOURCE reaches $SINK; use params.", "User input from source reaches sink"},
		{"Call to $X(...) e.g. in a loop. More.", "Call to a value(...) e.g. in a loop"},
		{"  multi\n  line   message ", "multi line message"},
		{strings.Repeat("word ", 40), strings.TrimSpace(strings.Repeat("word ", 23)) + "..."},
	}
	for _, tt := range tests {
		if got := Title(tt.in); got != tt.want {
			t.Errorf("Title(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"unknown key", ruleYAML("    pattern: a\n    pattern-where-python: x\n"),
			`r.yaml:7: rule "t.rule": unsupported key "pattern-where-python": pattern-where-python was removed from Semgrep and is not supported`},
		{"typo key", ruleYAML("    pattern: a\n    severty: HIGH\n"), `r.yaml:7: rule "t.rule": unsupported key "severty"`},
		{"match syntax", ruleYAML("    match: a\n"),
			`r.yaml:6: rule "t.rule": unsupported key "match": Semgrep's new ` + "`match:`" + ` syntax is not supported, use pattern/patterns`},
		{"taint syntax", ruleYAML("    taint: {}\n"),
			`r.yaml:6: rule "t.rule": unsupported key "taint": Semgrep's new ` + "`taint:`" + ` syntax is not supported, use mode: taint with pattern-sources/pattern-sinks`},
		{"no formula", ruleYAML(""), `r.yaml:2: rule "t.rule": missing formula: want exactly one of pattern, patterns, pattern-either, pattern-regex`},
		{"two formulas", ruleYAML("    pattern: a\n    pattern-regex: b\n"),
			`r.yaml:7: rule "t.rule": want exactly one of pattern, patterns, pattern-either, pattern-regex; found pattern and pattern-regex`},
		{"pattern-not top", ruleYAML("    pattern: a\n    pattern-not: b\n"), `r.yaml:7: rule "t.rule": key "pattern-not" must be an item of ` + "`patterns`"},
		{"no positive", ruleYAML("    patterns:\n      - pattern-not: a\n"),
			`r.yaml:6: rule "t.rule": patterns needs at least one positive term (pattern, pattern-regex, patterns, pattern-either or pattern-inside)`},
		{"not in either", ruleYAML("    pattern-either:\n      - pattern-not: a\n"),
			`r.yaml:7: rule "t.rule": key "pattern-not" is not allowed in pattern-either (only pattern, pattern-regex, patterns, pattern-either, pattern-inside; put it under patterns)`},
		{"two keys in item", ruleYAML("    patterns:\n      - pattern: a\n        pattern-not: b\n"),
			`r.yaml:7: rule "t.rule": each item of patterns must have exactly one key, this one has 2`},
		{"metavariable-name", ruleYAML("    patterns:\n      - pattern: $M.f()\n      - metavariable-name:\n          metavariable: $M\n          module: x\n"),
			`r.yaml:8: rule "t.rule": unsupported key "metavariable-name": metavariable-name needs Semgrep Pro name resolution and is not supported`},
		{"lookahead", ruleYAML("    pattern-regex: foo(?!bar)\n"),
			`r.yaml:6: rule "t.rule": pattern-regex: regex "foo(?!bar)" uses a negative lookahead (?!...), PCRE syntax that Go's RE2 engine does not support; rewrite it without (e.g. with pattern-not-regex or metavariable-regex)`},
		{"backreference", ruleYAML("    patterns:\n      - pattern: f($X)\n      - metavariable-regex:\n          metavariable: $X\n          regex: (a)\\1\n"),
			`r.yaml:10: rule "t.rule": metavariable-regex: regex "(a)\\1" uses a backreference \1, PCRE syntax that Go's RE2 engine does not support; rewrite it without (e.g. with pattern-not-regex or metavariable-regex)`},
		{"bad regex", ruleYAML("    pattern-regex: 'a('\n"),
			"r.yaml:6: rule \"t.rule\": pattern-regex: regex \"a(\": error parsing regexp: missing closing ): `(?m)a(`"},
		{"language", "rules:\n  - id: x\n    languages: [ruby]\n    severity: HIGH\n    message: m\n    pattern: a\n",
			`r.yaml:3: rule "x": unsupported language "ruby" (supported: ` + supportedLanguages() + `)`},
		{"severity", "rules:\n  - id: x\n    languages: [go]\n    severity: SEVERE\n    message: m\n    pattern: a\n",
			`r.yaml:4: rule "x": severity: unknown severity "SEVERE" (want critical, high, medium, low or info)`},
		{"missing severity", "rules:\n  - id: x\n    languages: [go]\n    message: m\n    pattern: a\n", `r.yaml:2: rule "x": missing severity`},
		{"empty message", "rules:\n  - id: x\n    languages: [go]\n    severity: LOW\n    message: ' '\n    pattern: a\n", `r.yaml:2: rule "x": missing or empty message`},
		{"missing id", "rules:\n  - languages: [go]\n", `r.yaml:2: rule #1: missing id`},
		{"duplicate id", "rules:\n  - {id: x, languages: [go], severity: LOW, message: m, pattern: a}\n  - {id: x, languages: [go], severity: LOW, message: m, pattern: b}\n",
			`r.yaml:3: rule "x": duplicate id (also defined at line 2)`},
		{"duplicate key", ruleYAML("    pattern: a\n    pattern: b\n"), `r.yaml:7: rule "t.rule": rule: duplicate key "pattern"`},
		{"taint without sinks", "rules:\n  - id: x\n    mode: taint\n    languages: [go]\n    severity: LOW\n    message: m\n    pattern-sources: [{pattern: a}]\n",
			`r.yaml:2: rule "x": a taint rule needs pattern-sources and pattern-sinks`},
		{"taint with pattern", "rules:\n  - id: x\n    mode: taint\n    languages: [go]\n    severity: LOW\n    message: m\n    pattern: a\n",
			`r.yaml:7: rule "x": key "pattern" is not allowed in a taint rule (use pattern-sources and pattern-sinks)`},
		{"sources in search", ruleYAML("    pattern: a\n    pattern-sources: [{pattern: a}]\n"),
			`r.yaml:7: rule "t.rule": pattern-sources/-sinks/-sanitizers/-propagators need mode: taint`},
		{"replace-labels", "rules:\n  - id: x\n    mode: taint\n    languages: [go]\n    severity: LOW\n    message: m\n    pattern-sources: [{pattern: a}]\n    pattern-sinks: [{pattern: b}]\n    pattern-propagators:\n      - pattern: f($A, $B)\n        from: $A\n        to: $B\n        replace-labels: [X]\n",
			`r.yaml:13: rule "x": pattern-propagators: unsupported key "replace-labels": taint label replacement is not supported`},
		{"propagator without to", "rules:\n  - id: x\n    mode: taint\n    languages: [go]\n    severity: LOW\n    message: m\n    pattern-sources: [{pattern: a}]\n    pattern-sinks: [{pattern: b}]\n    pattern-propagators:\n      - pattern: f($A, $B)\n        from: $A\n",
			`r.yaml:10: rule "x": each item of pattern-propagators needs from and to`},
		{"sink by-side-effect", "rules:\n  - id: x\n    mode: taint\n    languages: [go]\n    severity: LOW\n    message: m\n    pattern-sources: [{pattern: a}]\n    pattern-sinks: [{pattern: b, by-side-effect: true}]\n",
			`r.yaml:8: rule "x": unsupported key "by-side-effect"`},
		{"option", ruleYAML("    pattern: a\n    options:\n      ac_matching: false\n"), `r.yaml:8: rule "t.rule": unsupported option "ac_matching"`},
		{"option value", ruleYAML("    pattern: a\n    options:\n      constant_propagation: false\n"),
			`r.yaml:8: rule "t.rule": option constant_propagation: false is not supported (this engine always behaves as constant_propagation: true)`},
		{"generic with pattern", "rules:\n  - id: x\n    languages: [generic]\n    severity: LOW\n    message: m\n    pattern: a\n",
			`r.yaml:2: rule "x": language generic supports only pattern-regex and pattern-not-regex (Semgrep's generic pattern syntax is not supported)`},
		{"regex mixed", "rules:\n  - id: x\n    languages: [regex, go]\n    severity: LOW\n    message: m\n    pattern-regex: a\n",
			`r.yaml:2: rule "x": languages generic/regex cannot be combined with other languages`},
		{"cwe", ruleYAML("    pattern: a\n    metadata:\n      cwe: SQL injection\n"),
			`r.yaml:8: rule "t.rule": metadata.cwe: "SQL injection" does not start with a CWE ID (want "CWE-<number>: <name>")`},
		{"confidence", ruleYAML("    pattern: a\n    metadata:\n      confidence: sure\n"),
			`r.yaml:8: rule "t.rule": metadata.confidence: unknown confidence "sure" (want high, medium or low)`},
		{"metavariable name", ruleYAML("    patterns:\n      - pattern: f($X)\n      - focus-metavariable: X\n"),
			`r.yaml:8: rule "t.rule": focus-metavariable: "X" is not a metavariable name (want $NAME)`},
		{"mvp two formulas", ruleYAML("    patterns:\n      - pattern: f($X)\n      - metavariable-pattern:\n          metavariable: $X\n          pattern: a\n          pattern-regex: b\n"),
			`r.yaml:8: rule "t.rule": metavariable-pattern needs exactly one of pattern, patterns, pattern-either, pattern-regex`},
		{"mvr constant-propagation", ruleYAML("    patterns:\n      - pattern: f($X)\n      - metavariable-regex:\n          metavariable: $X\n          regex: a\n          constant-propagation: true\n"),
			`r.yaml:11: rule "t.rule": metavariable-regex: unsupported key "constant-propagation"`},
		{"mode join", ruleYAML("    mode: join\n"), `r.yaml:6: rule "t.rule": mode "join" is not supported (want search or taint)`},
		{"top key", "rules: []\nfoo: 1\n", `r.yaml:2: unsupported top-level key "foo" (a rule file has only ` + "`rules:`)"},
		{"not a list", "rules: 3\n", `r.yaml:1: rules must be a list, not "3"`},
		{"empty", "", "r.yaml: empty rule file (want a mapping with a `rules:` list)"},
		{"merge key", ruleYAML("    <<: {pattern: a}\n"), `r.yaml:6: rule "t.rule": rule: YAML merge keys (<<) are not supported`},
		{"fix and fix-regex", ruleYAML("    pattern: a\n    fix: b\n    fix-regex: {regex: a, replacement: b}\n"),
			`r.yaml:8: rule "t.rule": use either fix or fix-regex, not both`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.src), "r.yaml")
			got := "<nil>"
			if err != nil {
				got = err.Error()
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
		})
	}
}

func TestErrorsOfAllRulesReported(t *testing.T) {
	src := "rules:\n  - {id: a, languages: [go], severity: LOW, message: m}\n  - {id: b, languages: [go], severity: LOW, message: m, pattern: x}\n  - {id: c, languages: [cobol], severity: LOW, message: m, pattern: x}\n"
	_, err := Parse([]byte(src), "r.yaml")
	want := "r.yaml:2: rule \"a\": missing formula: want exactly one of pattern, patterns, pattern-either, pattern-regex\n" +
		"r.yaml:4: rule \"c\": unsupported language \"cobol\" (supported: " + supportedLanguages() + ")"
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
}

func TestBillionLaughs(t *testing.T) {
	var b strings.Builder
	b.WriteString("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i < 12; i++ {
		b.WriteString("a" + string(rune('0'+i%10)) + string(rune('a'+i)) + ": &a" + string(rune('a'+i)) + " [")
		prev := "a0"
		if i > 1 {
			prev = "a" + string(rune('a'+i-1))
		}
		for j := 0; j < 10; j++ {
			if j > 0 {
				b.WriteString(", ")
			}
			b.WriteString("*" + prev)
		}
		b.WriteString("]\n")
	}
	b.WriteString("rules: *al\n")
	if _, err := Parse([]byte(b.String()), "r.yaml"); err == nil {
		t.Fatal("want an error")
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(ruleYAML("    pattern: foo($X)\n")))
	f.Add([]byte(ruleYAML("    patterns:\n      - pattern: a\n      - metavariable-pattern:\n          metavariable: $X\n          patterns:\n            - pattern-not: b\n")))
	f.Add([]byte("rules:\n  - id: x\n    mode: taint\n    languages: [go]\n    severity: LOW\n    message: m\n    pattern-sources: [{pattern: a, label: A}]\n    pattern-sinks: [{pattern: b}]\n"))
	f.Add([]byte("rules: &a [*a]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rules, err := Parse(data, "f.yaml")
		if err == nil {
			for _, r := range rules {
				if r.ID == "" || r.Message == "" || len(r.Languages) == 0 {
					t.Fatalf("accepted invalid rule %+v", r)
				}
			}
		}
	})
}
