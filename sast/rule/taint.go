package rule

import (
	"gopkg.in/yaml.v3"
)

// taintRole is which list a taint item belongs to.
type taintRole string

const (
	roleSource     taintRole = "pattern-sources"
	roleSink       taintRole = "pattern-sinks"
	roleSanitizer  taintRole = "pattern-sanitizers"
	rolePropagator taintRole = "pattern-propagators"
)

// rejectedTaintKeys are documented Semgrep taint-item options this engine
// does not implement.
var rejectedTaintKeys = map[string]string{
	"replace-labels":  "taint label replacement is not supported",
	"control":         "control-flow sources (Semgrep Pro) are not supported",
	"at-exit":         "at-exit sinks (Semgrep Pro) are not supported",
	"not-conflicting": "not-conflicting sanitizers are deprecated in Semgrep and not supported",
}

// taintItems decodes one of the four taint lists.
func (d *decoder) taintItems(role taintRole, keyN, v *yaml.Node) ([]*TaintItem, error) {
	items, err := d.sequence(v, string(role))
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, d.errorf(keyN, "%s is empty", role)
	}
	out := make([]*TaintItem, 0, len(items))
	for _, it := range items {
		ti, err := d.taintItem(role, it)
		if err != nil {
			return nil, err
		}
		out = append(out, ti)
	}
	return out, nil
}

// taintItem decodes one source, sink, sanitizer or propagator: exactly one
// formula key plus the options its role allows.
func (d *decoder) taintItem(role taintRole, n *yaml.Node) (*TaintItem, error) {
	entries, err := d.mapping(n, "item of "+string(role))
	if err != nil {
		return nil, err
	}
	ti := &TaintItem{Line: n.Line}
	var formulaKeys []entry
	for _, e := range entries {
		switch e.key {
		case "pattern", "patterns", "pattern-either", "pattern-regex":
			formulaKeys = append(formulaKeys, e)
			continue
		}
		if why, ok := rejectedTaintKeys[e.key]; ok {
			return nil, d.errorf(e.keyN, "%s: unsupported key %q: %s", role, e.key, why)
		}
		allowed := map[taintRole][]string{
			roleSource:     {"exact", "by-side-effect", "label", "requires"},
			roleSink:       {"exact", "requires"},
			roleSanitizer:  {"exact", "by-side-effect"},
			rolePropagator: {"from", "to", "by-side-effect", "label", "requires"},
		}[role]
		if !contains(allowed, e.key) {
			if andOnlyKeys[e.key] {
				return nil, d.errorf(e.keyN, "%s: key %q must be inside patterns", role, e.key)
			}
			return nil, d.unsupportedFormulaKey(e.keyN, e.key, "in "+string(role))
		}
		switch e.key {
		case "exact":
			if ti.Exact, err = d.boolean(e.value, e.key); err != nil {
				return nil, err
			}
		case "by-side-effect":
			r, err := d.resolve(e.value)
			if err != nil {
				return nil, err
			}
			if r.Kind == yaml.ScalarNode && r.Value == "only" {
				ti.BySideEffect = "only"
				break
			}
			b, err := d.boolean(r, e.key+" (true, false or only)")
			if err != nil {
				return nil, err
			}
			if b {
				ti.BySideEffect = "true"
			}
		case "label":
			if ti.Label, err = d.str(e.value, e.key); err != nil {
				return nil, err
			}
		case "requires":
			if ti.Requires, err = d.str(e.value, e.key); err != nil {
				return nil, err
			}
		case "from", "to":
			name, err := d.str(e.value, e.key)
			if err != nil {
				return nil, err
			}
			if !metavarName.MatchString(name) {
				return nil, d.errorf(e.value, "%s.%s: %q is not a metavariable name (want $NAME)", role, e.key, name)
			}
			if e.key == "from" {
				ti.From = name
			} else {
				ti.To = name
			}
		}
	}
	if len(formulaKeys) != 1 {
		return nil, d.errorf(n, "each item of %s needs exactly one of pattern, patterns, pattern-either, pattern-regex (found %d)", role, len(formulaKeys))
	}
	e := formulaKeys[0]
	if ti.Formula, err = d.formulaKey(e.key, e.keyN, e.value, 1); err != nil {
		return nil, err
	}
	if role == roleSanitizer {
		// Semgrep sanitizers clean everything inside their match unless
		// exact: true.
		ti.ByInside = !ti.Exact
	}
	if role == rolePropagator && (ti.From == "" || ti.To == "") {
		return nil, d.errorf(n, "each item of pattern-propagators needs from and to")
	}
	return ti, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
