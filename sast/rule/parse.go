package rule

import (
	"errors"
	"fmt"
	"path"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/vouchsec/vouch/finding"
)

// Parse decodes one YAML rule file (a mapping with a `rules:` list) and
// validates every rule. file names the source in errors and in
// Rule.File / Meta.Source. All invalid rules are reported (errors.Join),
// each error as "file:line: rule "id": problem".
func Parse(data []byte, file string) ([]*Rule, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil, fmt.Errorf("%s: empty rule file (want a mapping with a `rules:` list)", file)
	}
	d := &decoder{file: file, budget: maxNodes}
	top, err := d.mapping(doc.Content[0], "rule file")
	if err != nil {
		return nil, stripRule(err)
	}
	var rulesNode *yaml.Node
	for _, e := range top {
		if e.key != "rules" {
			return nil, fmt.Errorf("%s:%d: unsupported top-level key %q (a rule file has only `rules:`)", file, e.keyN.Line, e.key)
		}
		rulesNode = e.value
	}
	if rulesNode == nil {
		return nil, fmt.Errorf("%s: no `rules:` list", file)
	}
	items, err := d.sequence(rulesNode, "rules")
	if err != nil {
		return nil, stripRule(err)
	}
	var rules []*Rule
	var errs []error
	seen := map[string]int{}
	for i, it := range items {
		d.index, d.ruleID = i, ""
		r, err := d.rule(it)
		if err != nil {
			errs = append(errs, err)
			if d.budget < 0 {
				break
			}
			continue
		}
		if line, dup := seen[r.ID]; dup {
			errs = append(errs, fmt.Errorf("%s:%d: rule %q: duplicate id (also defined at line %d)", file, r.Line, r.ID, line))
			continue
		}
		seen[r.ID] = r.Line
		rules = append(rules, r)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return rules, nil
}

// stripRule rewrites a decoder error raised before any rule was entered.
func stripRule(err error) error {
	return errors.New(strings.Replace(err.Error(), ": rule #1: ", ": ", 1))
}

// topFormulaKeys are the formula keys allowed directly in a rule.
var topFormulaKeys = map[string]bool{"pattern": true, "patterns": true, "pattern-either": true, "pattern-regex": true}

// ignoredKeys are documented keys with no effect on matching.
var ignoredKeys = map[string]bool{"min-version": true, "max-version": true, "version": true}

// rejectedRuleKeys are documented Semgrep rule keys this engine does not
// implement.
var rejectedRuleKeys = map[string]string{
	"match":                           "Semgrep's new `match:` syntax is not supported, use pattern/patterns",
	"taint":                           "Semgrep's new `taint:` syntax is not supported, use mode: taint with pattern-sources/pattern-sinks",
	"join":                            "join mode is not supported",
	"extract":                         "extract mode is not supported",
	"dest-language":                   "extract mode is not supported",
	"dest-rules":                      "extract mode is not supported",
	"transform":                       "extract mode is not supported",
	"reduce":                          "extract mode is not supported",
	"steps":                           "multi-step rules are not supported",
	"equivalences":                    "equivalences are not supported",
	"r2c-internal-project-depends-on": "dependency-aware rules (Supply Chain) are not supported",
	"project-depends-on":              "dependency-aware rules (Supply Chain) are not supported",
	"validators":                      "secret validators are not supported",
	"product":                         "Semgrep product selection is not supported",
}

// optionsSupported lists the Semgrep `options:` this engine honours, with
// the only value it honours (its own behaviour). Any other option or value
// is an error.
func optionsSupported() map[string]bool {
	return map[string]bool{
		"constant_propagation":        true,
		"symbolic_propagation":        false,
		"taint_assume_safe_functions": false,
		"taint_assume_safe_indexes":   false,
		"interfile":                   false,
		"commutative_boolop":          false,
		"symmetric_eq":                false,
	}
}

// rule decodes and validates one rule mapping.
func (d *decoder) rule(n *yaml.Node) (*Rule, error) {
	if n.Kind == yaml.MappingNode { // name the rule in errors about its keys
		for i := 0; i+1 < len(n.Content); i += 2 {
			if k, v := n.Content[i], n.Content[i+1]; k.Value == "id" && v.Kind == yaml.ScalarNode {
				d.ruleID = v.Value
			}
		}
	}
	entries, err := d.mapping(n, "rule")
	if err != nil {
		return nil, err
	}
	r := &Rule{File: d.file, Line: n.Line, Mode: ModeSearch}
	for _, e := range entries {
		if e.key == "id" {
			id, err := d.str(e.value, "id")
			if err != nil {
				return nil, err
			}
			if strings.TrimSpace(id) == "" || strings.ContainsAny(id, " \t\r\n") {
				return nil, d.errorf(e.value, "id %q must be non-empty and contain no whitespace", id)
			}
			r.ID, d.ruleID = id, id
		}
	}
	if r.ID == "" {
		return nil, d.errorf(n, "missing id")
	}
	var formulaEntries []entry
	taint := &Taint{}
	var taintKeyN *yaml.Node
	var severityN, fixN *yaml.Node
	for _, e := range entries {
		v := e.value
		switch {
		case e.key == "id":
		case e.key == "message":
			if r.Message, err = d.str(v, "message"); err != nil {
				return nil, err
			}
		case e.key == "languages":
			if err := d.languages(r, v); err != nil {
				return nil, err
			}
		case e.key == "severity":
			s, err := d.str(v, "severity")
			if err != nil {
				return nil, err
			}
			if r.Meta.Severity, err = finding.ParseSeverity(s); err != nil {
				return nil, d.errorf(v, "severity: %v", err)
			}
			severityN = v
		case e.key == "metadata":
			if err := d.metadata(r, v); err != nil {
				return nil, err
			}
		case e.key == "mode":
			s, err := d.str(v, "mode")
			if err != nil {
				return nil, err
			}
			switch Mode(s) {
			case ModeSearch, ModeTaint:
				r.Mode = Mode(s)
			case "join", "extract":
				return nil, d.errorf(v, "mode %q is not supported (want search or taint)", s)
			default:
				return nil, d.errorf(v, "unknown mode %q (want search or taint)", s)
			}
		case topFormulaKeys[e.key]:
			formulaEntries = append(formulaEntries, e)
		case e.key == "pattern-sources" || e.key == "pattern-sinks" || e.key == "pattern-sanitizers" || e.key == "pattern-propagators":
			items, err := d.taintItems(taintRole(e.key), e.keyN, v)
			if err != nil {
				return nil, err
			}
			switch taintRole(e.key) {
			case roleSource:
				taint.Sources = items
			case roleSink:
				taint.Sinks = items
			case roleSanitizer:
				taint.Sanitizers = items
			case rolePropagator:
				taint.Propagators = items
			}
			taintKeyN = e.keyN
		case e.key == "fix":
			if r.Fix, err = d.str(v, "fix"); err != nil {
				return nil, err
			}
			fixN = e.keyN
		case e.key == "fix-regex":
			if r.FixRegex, err = d.fixRegex(v); err != nil {
				return nil, err
			}
			fixN = e.keyN
		case e.key == "paths":
			if err := d.paths(r, v); err != nil {
				return nil, err
			}
		case e.key == "options":
			if err := d.options(r, v); err != nil {
				return nil, err
			}
		case ignoredKeys[e.key]:
			if _, err := d.str(v, e.key); err != nil {
				return nil, err
			}
		case rejectedRuleKeys[e.key] != "":
			return nil, d.errorf(e.keyN, "unsupported key %q: %s", e.key, rejectedRuleKeys[e.key])
		case andOnlyKeys[e.key]:
			return nil, d.errorf(e.keyN, "key %q must be an item of `patterns`", e.key)
		default:
			return nil, d.unsupportedFormulaKey(e.keyN, e.key, "")
		}
	}
	if strings.TrimSpace(r.Message) == "" {
		return nil, d.errorf(n, "missing or empty message")
	}
	if len(r.Languages) == 0 {
		return nil, d.errorf(n, "missing languages")
	}
	if severityN == nil {
		return nil, d.errorf(n, "missing severity")
	}
	if r.Fix != "" && r.FixRegex != nil {
		return nil, d.errorf(fixN, "use either fix or fix-regex, not both")
	}
	switch r.Mode {
	case ModeSearch:
		if taintKeyN != nil {
			return nil, d.errorf(taintKeyN, "pattern-sources/-sinks/-sanitizers/-propagators need mode: taint")
		}
		if len(formulaEntries) != 1 {
			if len(formulaEntries) == 0 {
				return nil, d.errorf(n, "missing formula: want exactly one of pattern, patterns, pattern-either, pattern-regex")
			}
			return nil, d.errorf(formulaEntries[1].keyN, "want exactly one of pattern, patterns, pattern-either, pattern-regex; found %s and %s", formulaEntries[0].key, formulaEntries[1].key)
		}
		e := formulaEntries[0]
		if r.Formula, err = d.formulaKey(e.key, e.keyN, e.value, 0); err != nil {
			return nil, err
		}
	case ModeTaint:
		if len(formulaEntries) > 0 {
			return nil, d.errorf(formulaEntries[0].keyN, "key %q is not allowed in a taint rule (use pattern-sources and pattern-sinks)", formulaEntries[0].key)
		}
		if len(taint.Sources) == 0 || len(taint.Sinks) == 0 {
			return nil, d.errorf(n, "a taint rule needs pattern-sources and pattern-sinks")
		}
		r.Taint = taint
	}
	if err := d.checkTextLanguages(r, n); err != nil {
		return nil, err
	}
	r.Meta.ID = r.ID
	r.Meta.Kind = finding.KindCode
	r.Meta.Languages = r.Languages
	r.Meta.Source = d.file
	r.Meta.Title = Title(r.Message)
	if r.Meta.Confidence == 0 {
		r.Meta.Confidence = finding.ConfidenceMedium
	}
	return r, nil
}

// checkTextLanguages enforces that generic/regex rules stand alone and use
// only regex formulas.
func (d *decoder) checkTextLanguages(r *Rule, n *yaml.Node) error {
	text := 0
	for _, l := range r.Languages {
		if IsTextLanguage(l) {
			text++
		}
	}
	if text == 0 {
		return nil
	}
	if text != len(r.Languages) {
		return d.errorf(n, "languages generic/regex cannot be combined with other languages")
	}
	if r.Mode == ModeTaint {
		return d.errorf(n, "taint mode needs a programming language, not %s", r.Languages[0])
	}
	if !regexOnly(r.Formula) {
		return d.errorf(n, "language %s supports only pattern-regex and pattern-not-regex (Semgrep's generic pattern syntax is not supported)", r.Languages[0])
	}
	return nil
}

func (d *decoder) languages(r *Rule, v *yaml.Node) error {
	names, err := d.strList(v, "languages")
	if err != nil {
		return err
	}
	for _, name := range names {
		c := CanonicalLanguage(name)
		if c == "" {
			return d.errorf(v, "unsupported language %q (supported: %s)", name, supportedLanguages())
		}
		r.Languages = appendUnique(r.Languages, c)
	}
	return nil
}

func (d *decoder) fixRegex(v *yaml.Node) (*FixRegex, error) {
	entries, err := d.mapping(v, "fix-regex")
	if err != nil {
		return nil, err
	}
	fr := &FixRegex{}
	var hasRegex, hasRepl bool
	for _, e := range entries {
		switch e.key {
		case "regex":
			if fr.Regex, err = d.str(e.value, "fix-regex.regex"); err != nil {
				return nil, err
			}
			if _, err := CompileRegex(fr.Regex); err != nil {
				return nil, d.errorf(e.value, "fix-regex: %v", err)
			}
			hasRegex = true
		case "replacement":
			if fr.Replacement, err = d.str(e.value, "fix-regex.replacement"); err != nil {
				return nil, err
			}
			hasRepl = true
		case "count":
			if fr.Count, err = d.integer(e.value, "fix-regex.count"); err != nil {
				return nil, err
			}
			if fr.Count < 1 {
				return nil, d.errorf(e.value, "fix-regex.count must be at least 1")
			}
		default:
			return nil, d.errorf(e.keyN, "fix-regex: unsupported key %q", e.key)
		}
	}
	if !hasRegex || !hasRepl {
		return nil, d.errorf(v, "fix-regex needs regex and replacement")
	}
	return fr, nil
}

func (d *decoder) paths(r *Rule, v *yaml.Node) error {
	entries, err := d.mapping(v, "paths")
	if err != nil {
		return err
	}
	for _, e := range entries {
		globs, err := d.strList(e.value, "paths."+e.key)
		if err != nil {
			return err
		}
		for _, g := range globs {
			if _, err := path.Match(strings.ReplaceAll(g, "**", "*"), "x"); err != nil || strings.TrimSpace(g) == "" {
				return d.errorf(e.value, "paths.%s: invalid glob %q", e.key, g)
			}
		}
		switch e.key {
		case "include":
			r.Paths.Include = globs
		case "exclude":
			r.Paths.Exclude = globs
		default:
			return d.errorf(e.keyN, "paths: unsupported key %q (want include or exclude)", e.key)
		}
	}
	return nil
}

func (d *decoder) options(r *Rule, v *yaml.Node) error {
	entries, err := d.mapping(v, "options")
	if err != nil {
		return err
	}
	supported := optionsSupported()
	r.Options = map[string]any{}
	for _, e := range entries {
		want, ok := supported[e.key]
		if !ok {
			return d.errorf(e.keyN, "unsupported option %q", e.key)
		}
		b, err := d.boolean(e.value, "options."+e.key)
		if err != nil {
			return err
		}
		if b != want {
			return d.errorf(e.value, "option %s: %v is not supported (this engine always behaves as %s: %v)", e.key, b, e.key, want)
		}
		r.Options[e.key] = b
	}
	return nil
}
