package rule

import (
	"fmt"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// maxNodes bounds how many YAML nodes one file may make the decoder visit
// (aliases can make a small file expand into a huge tree); maxDepth bounds
// formula nesting.
const (
	maxNodes = 1 << 20
	maxDepth = 64
)

// decoder turns yaml.Node trees into rules, remembering the file and the
// rule being decoded so every error names both, with a line number.
type decoder struct {
	file   string
	ruleID string // id of the rule being decoded ("" until known)
	index  int    // 0-based position of the rule in the file
	budget int    // nodes left to visit
}

// errorf formats "file:line: rule "id": message".
func (d *decoder) errorf(n *yaml.Node, format string, args ...any) error {
	line := 0
	if n != nil {
		line = n.Line
	}
	who := fmt.Sprintf("rule %q", d.ruleID)
	if d.ruleID == "" {
		who = fmt.Sprintf("rule #%d", d.index+1)
	}
	return fmt.Errorf("%s:%d: %s: %s", d.file, line, who, fmt.Sprintf(format, args...))
}

// resolve follows aliases and charges the node budget.
func (d *decoder) resolve(n *yaml.Node) (*yaml.Node, error) {
	for i := 0; n != nil && n.Kind == yaml.AliasNode; i++ {
		if i > 32 {
			return nil, d.errorf(n, "alias chain too long")
		}
		n = n.Alias
	}
	if n == nil {
		return nil, d.errorf(nil, "empty YAML node")
	}
	d.budget--
	if d.budget < 0 {
		return nil, d.errorf(n, "rule file too large or too deeply aliased")
	}
	return n, nil
}

// entry is one key/value pair of a mapping.
type entry struct {
	key   string
	keyN  *yaml.Node
	value *yaml.Node
}

// mapping returns the pairs of a mapping node in order, rejecting
// duplicate keys, merge keys and non-string keys.
func (d *decoder) mapping(n *yaml.Node, what string) ([]entry, error) {
	n, err := d.resolve(n)
	if err != nil {
		return nil, err
	}
	if n.Kind != yaml.MappingNode {
		return nil, d.errorf(n, "%s must be a mapping, not %s", what, kindName(n))
	}
	out := make([]entry, 0, len(n.Content)/2)
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, err := d.resolve(n.Content[i])
		if err != nil {
			return nil, err
		}
		if k.Kind != yaml.ScalarNode {
			return nil, d.errorf(k, "%s: keys must be strings", what)
		}
		if k.Tag == "!!merge" || k.Value == "<<" {
			return nil, d.errorf(k, "%s: YAML merge keys (<<) are not supported", what)
		}
		if seen[k.Value] {
			return nil, d.errorf(k, "%s: duplicate key %q", what, k.Value)
		}
		seen[k.Value] = true
		out = append(out, entry{key: k.Value, keyN: k, value: n.Content[i+1]})
	}
	return out, nil
}

// sequence returns the items of a sequence node.
func (d *decoder) sequence(n *yaml.Node, what string) ([]*yaml.Node, error) {
	n, err := d.resolve(n)
	if err != nil {
		return nil, err
	}
	if n.Kind != yaml.SequenceNode {
		return nil, d.errorf(n, "%s must be a list, not %s", what, kindName(n))
	}
	return n.Content, nil
}

// str returns a scalar's value. Null is rejected.
func (d *decoder) str(n *yaml.Node, what string) (string, error) {
	n, err := d.resolve(n)
	if err != nil {
		return "", err
	}
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		return "", d.errorf(n, "%s must be a string, not %s", what, kindName(n))
	}
	return n.Value, nil
}

// strList accepts a string or a list of strings.
func (d *decoder) strList(n *yaml.Node, what string) ([]string, error) {
	r, err := d.resolve(n)
	if err != nil {
		return nil, err
	}
	if r.Kind == yaml.ScalarNode {
		s, err := d.str(r, what)
		if err != nil {
			return nil, err
		}
		return []string{s}, nil
	}
	items, err := d.sequence(r, what)
	if err != nil {
		return nil, d.errorf(r, "%s must be a string or a list of strings, not %s", what, kindName(r))
	}
	out := make([]string, 0, len(items))
	for _, it := range items {
		s, err := d.str(it, what+" item")
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// boolean accepts YAML booleans.
func (d *decoder) boolean(n *yaml.Node, what string) (bool, error) {
	n, err := d.resolve(n)
	if err != nil {
		return false, err
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!bool" {
		var b bool
		if err := n.Decode(&b); err == nil {
			return b, nil
		}
	}
	return false, d.errorf(n, "%s must be true or false, not %q", what, n.Value)
}

// integer accepts YAML integers.
func (d *decoder) integer(n *yaml.Node, what string) (int, error) {
	n, err := d.resolve(n)
	if err != nil {
		return 0, err
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!int" {
		v, err := strconv.ParseInt(strings.ReplaceAll(n.Value, "_", ""), 0, 32)
		if err == nil {
			return int(v), nil
		}
	}
	return 0, d.errorf(n, "%s must be an integer, not %q", what, n.Value)
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "null"
		}
		return fmt.Sprintf("%q", n.Value)
	case yaml.DocumentNode:
		return "a document"
	}
	return "an alias"
}
