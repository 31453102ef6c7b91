package rule

import (
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"
)

// metavarName matches $X, $...X and the regex capture names $1, $2.
var metavarName = regexp.MustCompile(`^\$(\.\.\.)?[A-Z_][A-Z0-9_]*$|^\$[0-9]+$`)

// Formula keys that only make sense as items of `patterns`.
var andOnlyKeys = map[string]bool{
	"pattern-not": true, "pattern-inside": true, "pattern-not-inside": true,
	"pattern-not-regex": true, "metavariable-regex": true, "metavariable-pattern": true,
	"metavariable-comparison": true, "focus-metavariable": true,
}

// rejectedFormulaKeys are Semgrep operators this engine does not implement,
// with the reason given in the error.
var rejectedFormulaKeys = map[string]string{
	"metavariable-analysis":              "metavariable analyzers (entropy, redos) are not supported",
	"metavariable-name":                  "metavariable-name needs Semgrep Pro name resolution and is not supported",
	"metavariable-type":                  "metavariable-type needs type information and is not supported",
	"pattern-where-python":               "pattern-where-python was removed from Semgrep and is not supported",
	"semgrep-internal-metavariable-name": "internal Semgrep operators are not supported",
}

// formulaLeaf decodes a string formula value (pattern, pattern-regex,
// pattern-not-regex).
func (d *decoder) formulaLeaf(op Op, key string, v *yaml.Node) (*Formula, error) {
	s, err := d.str(v, key)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(s) == "" {
		return nil, d.errorf(v, "%s is empty", key)
	}
	if op == OpRegex || op == OpNotRegex {
		if _, err := CompileRegex(s); err != nil {
			return nil, d.errorf(v, "%s: %v", key, err)
		}
	}
	return &Formula{Op: op, Pattern: s, Line: v.Line}, nil
}

// formulaKey decodes the value of one formula key. It covers the keys
// allowed at the top of a rule, in a taint item, in metavariable-pattern
// and as the value of pattern-not / pattern-inside / pattern-not-inside.
func (d *decoder) formulaKey(key string, keyN, v *yaml.Node, depth int) (*Formula, error) {
	if depth > maxDepth {
		return nil, d.errorf(keyN, "formula nested more than %d levels", maxDepth)
	}
	switch key {
	case "pattern":
		return d.formulaLeaf(OpPattern, key, v)
	case "pattern-regex":
		return d.formulaLeaf(OpRegex, key, v)
	case "patterns":
		return d.and(keyN, v, depth+1, false)
	case "pattern-either":
		return d.or(keyN, v, depth+1, false)
	case "pattern-not", "pattern-inside", "pattern-not-inside":
		child, err := d.general(key, v, depth+1)
		if err != nil {
			return nil, err
		}
		op := map[string]Op{"pattern-not": OpNot, "pattern-inside": OpInside, "pattern-not-inside": OpNotInside}[key]
		return &Formula{Op: op, Children: []*Formula{child}, Line: keyN.Line}, nil
	}
	return nil, d.unsupportedFormulaKey(keyN, key, "")
}

func (d *decoder) unsupportedFormulaKey(keyN *yaml.Node, key, where string) error {
	if why, ok := rejectedFormulaKeys[key]; ok {
		return d.errorf(keyN, "unsupported key %q: %s", key, why)
	}
	if key == "match" || key == "where" || key == "all" || key == "any" || key == "not" || key == "inside" {
		return d.errorf(keyN, "unsupported key %q: Semgrep's new `match:` syntax is not supported, use pattern/patterns", key)
	}
	if where != "" && (andOnlyKeys[key] || key == "pattern-sources" || key == "pattern-sinks") {
		return d.errorf(keyN, "key %q is not allowed %s", key, where)
	}
	return d.errorf(keyN, "unsupported key %q", key)
}

// general decodes the value of pattern-not / pattern-inside /
// pattern-not-inside: a pattern string or a mapping with one formula key.
func (d *decoder) general(key string, v *yaml.Node, depth int) (*Formula, error) {
	r, err := d.resolve(v)
	if err != nil {
		return nil, err
	}
	if r.Kind == yaml.ScalarNode {
		return d.formulaLeaf(OpPattern, key, r)
	}
	entries, err := d.mapping(r, key)
	if err != nil {
		return nil, err
	}
	if len(entries) != 1 {
		return nil, d.errorf(r, "%s: want a pattern or exactly one of pattern, patterns, pattern-either, pattern-regex, pattern-not, pattern-inside, pattern-not-inside", key)
	}
	e := entries[0]
	return d.formulaKey(e.key, e.keyN, e.value, depth)
}

// and decodes `patterns`. implicit allows a list without a positive term
// (metavariable-pattern has an implicit `pattern: ...`).
func (d *decoder) and(keyN, v *yaml.Node, depth int, implicit bool) (*Formula, error) {
	items, err := d.sequence(v, "patterns")
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, d.errorf(keyN, "patterns is empty")
	}
	f := &Formula{Op: OpAnd, Line: keyN.Line}
	positive := false
	for _, it := range items {
		entries, err := d.mapping(it, "item of patterns")
		if err != nil {
			return nil, err
		}
		if len(entries) != 1 {
			return nil, d.errorf(it, "each item of patterns must have exactly one key, this one has %d", len(entries))
		}
		e := entries[0]
		switch e.key {
		case "pattern-either":
			c, err := d.or(e.keyN, e.value, depth+1, true)
			if err != nil {
				return nil, err
			}
			positive = true
			f.Children = append(f.Children, c)
		case "pattern", "pattern-regex", "patterns", "pattern-inside":
			c, err := d.formulaKey(e.key, e.keyN, e.value, depth)
			if err != nil {
				return nil, err
			}
			positive = true
			f.Children = append(f.Children, c)
		case "pattern-not", "pattern-not-inside":
			c, err := d.formulaKey(e.key, e.keyN, e.value, depth)
			if err != nil {
				return nil, err
			}
			f.Children = append(f.Children, c)
		case "pattern-not-regex":
			c, err := d.formulaLeaf(OpNotRegex, e.key, e.value)
			if err != nil {
				return nil, err
			}
			f.Children = append(f.Children, c)
		case "metavariable-regex", "metavariable-pattern", "metavariable-comparison":
			c, err := d.condition(e.key, e.keyN, e.value, depth)
			if err != nil {
				return nil, err
			}
			f.Conditions = append(f.Conditions, c)
		case "focus-metavariable":
			names, err := d.strList(e.value, e.key)
			if err != nil {
				return nil, err
			}
			for _, n := range names {
				if !metavarName.MatchString(n) {
					return nil, d.errorf(e.value, "focus-metavariable: %q is not a metavariable name (want $NAME)", n)
				}
			}
			f.Focus = append(f.Focus, names...)
		default:
			return nil, d.unsupportedFormulaKey(e.keyN, e.key, "in patterns")
		}
	}
	if !positive && !implicit {
		return nil, d.errorf(keyN, "patterns needs at least one positive term (pattern, pattern-regex, patterns, pattern-either or pattern-inside)")
	}
	return f, nil
}

// or decodes `pattern-either`. In a union, pattern-inside contributes its
// ranges like a pattern, so it is decoded as one; but when every item of an
// either that is itself an item of `patterns` (inAnd) is a pattern-inside,
// the either constrains like a pattern-inside and is returned as
// OpInside{OpOr{...}}.
func (d *decoder) or(keyN, v *yaml.Node, depth int, inAnd bool) (*Formula, error) {
	items, err := d.sequence(v, "pattern-either")
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, d.errorf(keyN, "pattern-either is empty")
	}
	f := &Formula{Op: OpOr, Line: keyN.Line}
	insides := 0
	for _, it := range items {
		entries, err := d.mapping(it, "item of pattern-either")
		if err != nil {
			return nil, err
		}
		if len(entries) != 1 {
			return nil, d.errorf(it, "each item of pattern-either must have exactly one key, this one has %d", len(entries))
		}
		e := entries[0]
		switch e.key {
		case "pattern", "pattern-regex", "patterns", "pattern-either":
			c, err := d.formulaKey(e.key, e.keyN, e.value, depth)
			if err != nil {
				return nil, err
			}
			f.Children = append(f.Children, c)
		case "pattern-inside":
			c, err := d.general(e.key, e.value, depth)
			if err != nil {
				return nil, err
			}
			insides++
			f.Children = append(f.Children, c)
		default:
			return nil, d.unsupportedFormulaKey(e.keyN, e.key, "in pattern-either (only pattern, pattern-regex, patterns, pattern-either, pattern-inside; put it under patterns)")
		}
	}
	if inAnd && insides == len(items) {
		return &Formula{Op: OpInside, Children: []*Formula{f}, Line: keyN.Line}, nil
	}
	return f, nil
}

// condition decodes metavariable-regex / -pattern / -comparison.
func (d *decoder) condition(key string, keyN, v *yaml.Node, depth int) (*Condition, error) {
	entries, err := d.mapping(v, key)
	if err != nil {
		return nil, err
	}
	c := &Condition{Line: keyN.Line}
	var formulaKeys []entry
	for _, e := range entries {
		switch {
		case e.key == "metavariable":
			name, err := d.str(e.value, key+".metavariable")
			if err != nil {
				return nil, err
			}
			if !metavarName.MatchString(name) {
				return nil, d.errorf(e.value, "%s.metavariable: %q is not a metavariable name (want $NAME)", key, name)
			}
			c.Metavariable = name
		case key == "metavariable-regex" && e.key == "regex":
			if c.Regex, err = d.str(e.value, key+".regex"); err != nil {
				return nil, err
			}
			if _, err := CompileRegex(c.Regex); err != nil {
				return nil, d.errorf(e.value, "%s: %v", key, err)
			}
		case key == "metavariable-pattern" && e.key == "language":
			name, err := d.str(e.value, key+".language")
			if err != nil {
				return nil, err
			}
			if c.Language = CanonicalLanguage(name); c.Language == "" {
				return nil, d.errorf(e.value, "%s.language: unsupported language %q (supported: %s)", key, name, supportedLanguages())
			}
		case key == "metavariable-pattern" && (e.key == "pattern" || e.key == "patterns" || e.key == "pattern-either" || e.key == "pattern-regex"):
			formulaKeys = append(formulaKeys, e)
		case key == "metavariable-comparison" && e.key == "comparison":
			if c.Comparison, err = d.str(e.value, key+".comparison"); err != nil {
				return nil, err
			}
		case key == "metavariable-comparison" && e.key == "base":
			if c.Base, err = d.integer(e.value, key+".base"); err != nil {
				return nil, err
			}
			if c.Base != 0 && (c.Base < 2 || c.Base > 36) {
				return nil, d.errorf(e.value, "%s.base must be between 2 and 36", key)
			}
		case key == "metavariable-comparison" && e.key == "strip":
			if c.Strip, err = d.boolean(e.value, key+".strip"); err != nil {
				return nil, err
			}
		default:
			return nil, d.errorf(e.keyN, "%s: unsupported key %q", key, e.key)
		}
	}
	switch key {
	case "metavariable-regex":
		c.Kind = CondRegex
		if c.Metavariable == "" || c.Regex == "" {
			return nil, d.errorf(keyN, "metavariable-regex needs metavariable and regex")
		}
	case "metavariable-pattern":
		c.Kind = CondPattern
		if c.Metavariable == "" {
			return nil, d.errorf(keyN, "metavariable-pattern needs metavariable")
		}
		if len(formulaKeys) != 1 {
			return nil, d.errorf(keyN, "metavariable-pattern needs exactly one of pattern, patterns, pattern-either, pattern-regex")
		}
		e := formulaKeys[0]
		if e.key == "patterns" {
			c.Formula, err = d.and(e.keyN, e.value, depth+1, true)
		} else {
			c.Formula, err = d.formulaKey(e.key, e.keyN, e.value, depth+1)
		}
		if err != nil {
			return nil, err
		}
		if IsTextLanguage(c.Language) && !regexOnly(c.Formula) {
			return nil, d.errorf(keyN, "metavariable-pattern with language %s supports only pattern-regex and pattern-not-regex", c.Language)
		}
	case "metavariable-comparison":
		c.Kind = CondComparison
		if strings.TrimSpace(c.Comparison) == "" {
			return nil, d.errorf(keyN, "metavariable-comparison needs comparison")
		}
	}
	return c, nil
}

// regexOnly reports whether a formula uses only regex leaves (what the
// generic and regex pseudo-languages support).
func regexOnly(f *Formula) bool {
	if f == nil {
		return true
	}
	if f.Op == OpPattern {
		return false
	}
	for _, c := range f.Children {
		if !regexOnly(c) {
			return false
		}
	}
	for _, c := range f.Conditions {
		if c.Kind == CondPattern && c.Language == "" && !regexOnly(c.Formula) {
			return false
		}
	}
	return true
}
