// Package search owns Semgrep formula semantics for search-mode rules:
// it compiles a rule.Formula (pattern, patterns, pattern-either,
// pattern-not, pattern-inside, pattern-not-inside, pattern-regex,
// pattern-not-regex, metavariable-regex/-pattern/-comparison,
// focus-metavariable) into a Query and evaluates it over a parsed file.
// Structural matching is sast/pattern's job; this package only combines
// match sets. It does no I/O and loads no rules.
package search

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/vouchsec/vouch/sast/ast"
	"github.com/vouchsec/vouch/sast/lang"
	"github.com/vouchsec/vouch/sast/pattern"
	"github.com/vouchsec/vouch/sast/rule"
)

// Query is a compiled formula. It is immutable and safe for concurrent use.
type Query struct {
	lang *lang.Language
	root *node
}

// node is one compiled formula operator.
type node struct {
	op       rule.Op
	src      string // pattern or regex text, for errors
	line     int
	pat      *pattern.Pattern
	re       *regexp.Regexp
	children []*node
	conds    []*cond
	focus    []string
}

type cond struct {
	kind  rule.ConditionKind
	mv    string
	line  int
	re    *regexp.Regexp // CondRegex (anchored at the start, as Semgrep)
	sub   *Query         // CondPattern in the rule's language
	subL  *lang.Language // CondPattern in another language: parse the bound text
	gen   *node          // CondPattern with language generic: regex-only formula
	cmp   cmpExpr
	base  int
	strip bool
}

const maxFormulaDepth = 100

// Compile compiles f for language l. Errors name the offending pattern
// and its line in the rule file. A metavariable-pattern in another
// language needs the languages of a registry: use CompileWith for rules
// that may contain one; Compile reports such a rule as an error.
func Compile(l *lang.Language, f *rule.Formula) (*Query, error) {
	return CompileWith(nil, l, f)
}

// CompileWith is Compile with a registry in which metavariable-pattern's
// `language:` is looked up (reg may be nil: see Compile).
func CompileWith(reg *lang.Registry, l *lang.Language, f *rule.Formula) (*Query, error) {
	if l == nil {
		return nil, fmt.Errorf("compiling formula: no language")
	}
	if f == nil {
		return nil, fmt.Errorf("compiling formula: empty formula")
	}
	c := &compiler{l: l, reg: reg}
	root, err := c.node(f, 0, false, false)
	if err != nil {
		return nil, err
	}
	constrain(root, nil)
	return &Query{lang: l, root: root}, nil
}

type compiler struct {
	l   *lang.Language
	reg *lang.Registry
}

// node compiles f. generic: patterns are generic-mode text patterns
// (metavariable-pattern with language generic). implicit: f is (inside)
// a metavariable-pattern formula, where a `patterns` without a positive
// term starts from the bound code (Semgrep's implicit context range).
func (c *compiler) node(f *rule.Formula, depth int, generic, implicit bool) (*node, error) {
	if depth > maxFormulaDepth {
		return nil, fmt.Errorf("line %d: formula nested too deeply", f.Line)
	}
	n := &node{op: f.Op, src: f.Pattern, line: f.Line, focus: f.Focus}
	switch f.Op {
	case rule.OpPattern:
		if generic {
			re, err := genericPattern(f.Pattern)
			if err != nil {
				return nil, fmt.Errorf("line %d: generic pattern %q: %w", f.Line, f.Pattern, err)
			}
			n.op, n.re = rule.OpRegex, re
			return n, nil
		}
		p, err := pattern.Compile(c.l, f.Pattern)
		if err != nil {
			// Semgrep parses JavaScript patterns with its TypeScript
			// parser (and TypeScript ones accepting JSX): a pattern only
			// the sibling grammar parses is compiled with it. Its node
			// types are the target's where the grammars agree; where they
			// do not (TS-only syntax), it finds nothing in the target's
			// trees.
			if alt := fallbackGrammar(c.reg, c.l); alt != nil {
				if p2, err2 := pattern.Compile(alt, f.Pattern); err2 == nil {
					p, err = p2, nil
				}
			}
		}
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", f.Line, err)
		}
		n.pat = p
	case rule.OpRegex, rule.OpNotRegex:
		re, err := rule.CompileRegex(f.Pattern)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", f.Line, err)
		}
		n.re = re
	case rule.OpAnd, rule.OpOr, rule.OpNot, rule.OpInside, rule.OpNotInside:
		if len(f.Children) == 0 {
			return nil, fmt.Errorf("line %d: operator without operands", f.Line)
		}
		if (f.Op == rule.OpNot || f.Op == rule.OpInside || f.Op == rule.OpNotInside) && len(f.Children) != 1 {
			return nil, fmt.Errorf("line %d: operator takes one operand", f.Line)
		}
		for _, ch := range f.Children {
			cn, err := c.node(ch, depth+1, generic, implicit)
			if err != nil {
				return nil, err
			}
			n.children = append(n.children, cn)
		}
		if f.Op == rule.OpAnd && !hasPositive(n) && !implicit {
			return nil, fmt.Errorf("line %d: patterns needs at least one positive term (pattern, pattern-either, patterns, pattern-regex or pattern-inside)", f.Line)
		}
	default:
		return nil, fmt.Errorf("line %d: unknown formula operator %d", f.Line, f.Op)
	}
	if (len(f.Conditions) > 0 || len(f.Focus) > 0) && f.Op != rule.OpAnd {
		return nil, fmt.Errorf("line %d: metavariable conditions and focus-metavariable need patterns", f.Line)
	}
	for _, fc := range f.Conditions {
		cd, err := c.cond(fc, depth)
		if err != nil {
			return nil, err
		}
		n.conds = append(n.conds, cd)
	}
	return n, nil
}

func hasPositive(n *node) bool {
	for _, ch := range n.children {
		switch ch.op {
		case rule.OpPattern, rule.OpRegex, rule.OpAnd, rule.OpOr, rule.OpInside:
			return true
		}
	}
	return false
}

func (c *compiler) cond(fc *rule.Condition, depth int) (*cond, error) {
	cd := &cond{kind: fc.Kind, mv: fc.Metavariable, line: fc.Line, base: fc.Base, strip: fc.Strip}
	switch fc.Kind {
	case rule.CondRegex:
		re, err := rule.CompileRegex(`\A(?:` + fc.Regex + `)`)
		if err != nil {
			return nil, fmt.Errorf("line %d: metavariable-regex: %w", fc.Line, err)
		}
		cd.re = re
	case rule.CondPattern:
		if fc.Formula == nil {
			return nil, fmt.Errorf("line %d: metavariable-pattern without patterns", fc.Line)
		}
		langName := strings.ToLower(fc.Language)
		switch {
		case langName == "generic" || langName == "regex" || langName == "none":
			g, err := c.node(fc.Formula, depth+1, true, true)
			if err != nil {
				return nil, fmt.Errorf("metavariable-pattern (language %s): %w", langName, err)
			}
			cd.gen = g
		case langName == "" || langName == c.l.Name || containsFold(c.l.Aliases, langName):
			sub, err := c.node(fc.Formula, depth+1, false, true)
			if err != nil {
				return nil, fmt.Errorf("metavariable-pattern: %w", err)
			}
			cd.sub = &Query{lang: c.l, root: sub}
		default:
			if c.reg == nil {
				return nil, fmt.Errorf("line %d: metavariable-pattern in language %q needs a language registry (compile the rule with search.CompileWith)", fc.Line, fc.Language)
			}
			ol := c.reg.Lookup(langName)
			if ol == nil {
				return nil, fmt.Errorf("line %d: metavariable-pattern: unknown language %q", fc.Line, fc.Language)
			}
			oc := &compiler{l: ol, reg: c.reg}
			sub, err := oc.node(fc.Formula, depth+1, false, true)
			if err != nil {
				return nil, fmt.Errorf("metavariable-pattern (language %s): %w", ol.Name, err)
			}
			cd.sub, cd.subL = &Query{lang: ol, root: sub}, ol
		}
	case rule.CondComparison:
		e, err := parseComparison(fc.Comparison)
		if err != nil {
			return nil, fmt.Errorf("line %d: metavariable-comparison %q: %w", fc.Line, fc.Comparison, err)
		}
		cd.cmp = e
	default:
		return nil, fmt.Errorf("line %d: unknown metavariable condition", fc.Line)
	}
	return cd, nil
}

// fallbackGrammar is the grammar a pattern of language l is compiled
// with when l's own grammar rejects it: typescript for javascript, tsx
// for typescript and typescript for tsx (nil without a registry).
func fallbackGrammar(reg *lang.Registry, l *lang.Language) *lang.Language {
	if reg == nil {
		return nil
	}
	switch l.Name {
	case "javascript":
		return reg.Lookup("typescript")
	case "typescript":
		return reg.Lookup("tsx")
	case "tsx":
		return reg.Lookup("typescript")
	}
	return nil
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// genericPattern turns a generic-mode pattern into a regex: whitespace
// runs match any whitespace, "..." any text, $X an identifier-like token
// (bound), everything else literally.
func genericPattern(src string) (*regexp.Regexp, error) {
	var b strings.Builder
	seen := map[string]bool{}
	for i := 0; i < len(src); {
		switch {
		case strings.HasPrefix(src[i:], "..."):
			b.WriteString(`[\s\S]*?`)
			i += 3
		case src[i] == ' ' || src[i] == '\t' || src[i] == '\n' || src[i] == '\r':
			for i < len(src) && strings.ContainsRune(" \t\r\n", rune(src[i])) {
				i++
			}
			b.WriteString(`\s*`)
		case src[i] == '$' && i+1 < len(src) && (src[i+1] == '_' || src[i+1] >= 'A' && src[i+1] <= 'Z'):
			j := i + 1
			for j < len(src) && (src[j] == '_' || src[j] >= 'A' && src[j] <= 'Z' || src[j] >= '0' && src[j] <= '9') {
				j++
			}
			name := src[i+1 : j]
			if seen[name] || name == "_" {
				b.WriteString(`[\w.]+`)
			} else {
				seen[name] = true
				b.WriteString(`(?P<` + name + `>[\w.]+)`)
			}
			i = j
		default:
			b.WriteString(regexp.QuoteMeta(src[i : i+1]))
			i++
		}
	}
	return regexp.Compile(strings.TrimPrefix(b.String(), `\s*`))
}

// Eval evaluates q over t. Callers running several queries on one tree
// should build one pattern.Index and use EvalIndex.
func (q *Query) Eval(ctx context.Context, t *ast.Tree) ([]pattern.Match, error) {
	return q.EvalIndex(ctx, pattern.NewIndex(q.lang, t))
}

// EvalIndex evaluates q over the tree ix indexes. Results are sorted by
// position and deduplicated by range (the first match of a range wins).
func (q *Query) EvalIndex(ctx context.Context, ix *pattern.Index) ([]pattern.Match, error) {
	if ix == nil || ix.Tree() == nil {
		return nil, nil
	}
	e := newEvaluator(ctx, ix)
	its, err := e.eval(q.root, nil)
	if err != nil {
		return nil, err
	}
	sortItems(its)
	out := make([]pattern.Match, 0, len(its))
	for _, it := range its {
		if len(out) > 0 && out[len(out)-1].StartByte == it.StartByte && out[len(out)-1].EndByte == it.EndByte {
			continue
		}
		out = append(out, it.Match)
	}
	return out, nil
}
