// Package lang owns the tree-sitter adapters: for each supported language
// it parses source into the compact sast/ast tree, parses Semgrep-style
// patterns into pattern trees (ParsePattern), extracts string literal
// values (StringValue), and describes the language's node types as data
// (Spec). It is the only package that makes cgo calls into tree-sitter; a
// parse is one cgo call plus one per 4096 converted nodes. It does no file
// I/O and knows nothing about rules or matching.
//
// # Pattern trees
//
// ParsePattern replaces Semgrep syntax by placeholder identifiers, parses
// the result with the language's own grammar (inside scaffolding where a
// bare fragment does not parse) and turns the placeholders into the
// special ast node types. Where the grammar rejects an ellipsis that
// Semgrep accepts, a rewritten variant is tried and the wrapper it needed
// is removed again, so the ellipsis is a plain $ellipsis child of the
// sequence node (Spec.Sequence):
//
//   - Python {..., "k": $V, ...}: "..." becomes "**e" (dictionary_splat);
//     the result is (dictionary ($ellipsis) (pair ...) ($ellipsis)).
//     A brace with neither "k: v" nor "**d" stays a set: {...} is (set ($ellipsis)).
//   - Java @A(x = 1, ...): "..." becomes "e=T" (element_value_pair).
//   - Java T m(..., int x, ...): "..." becomes a formal parameter "T e".
//   - Java and JS/TS statement ellipses ("{ ... if (c) {...} ... }")
//     become declarations or expression statements ("T e;", "e;").
//
// "<... e ...>" is a deep expression; in Java and TypeScript only when
// "<..." is followed by white space, so List<...> and Map<String, ...>
// are generic types with an $ellipsis type argument.
//
// Strings: a string literal is kept as a String node (Spec.String); "$X"
// and "..." inside it are left as text (StringValue returns them). Python
// f-string replacement fields and JS template substitutions are code, so
// f"SELECT {$X}" is
//
//	(string (string_start "f\"") (string_content "SELECT ") (interpolation expression:($metavar $X)) (string_end "\""))
//
// and `...${$X}...` is (template_string (string_fragment "...")
// (template_substitution ($metavar $X)) (string_fragment "...")). In such
// an interpolated pattern string a StringContent part whose text is
// exactly "..." stands for any run of text and interpolations, and a part
// starting or ending with "..." for any text before or after the rest of
// it (see Spec.StringContent). f"..." has no interpolation: it is a plain
// string whose value is "..." (any string).
package lang

import (
	"context"
	"errors"
	"unsafe"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/vouchsec/vouch/sast/ast"
)

// Language is one supported language.
type Language struct {
	Name       string   // canonical name used in rules and reports: "python"
	Aliases    []string // other names rules may use: "py"
	Extensions []string // file extensions with the dot: ".py"
	Shebangs   []string // interpreter names recognised after #!: "python3"
	Spec       *Spec

	cparsers cParsers
	kinds    []string // node kind names by tree-sitter symbol id
	fields   []string // field names by field id; fields[0] == ""
	patterns patternMemo
}

func newLanguage(name string, grammar unsafe.Pointer, spec *Spec, aliases, exts, shebangs []string) *Language {
	l := &Language{Name: name, Aliases: aliases, Extensions: exts, Shebangs: shebangs, Spec: spec}
	l.cparsers.grammar = grammar
	g := sitter.NewLanguage(grammar)
	l.kinds = make([]string, g.NodeKindCount())
	for i := range l.kinds {
		l.kinds[i] = g.NodeKindForId(uint16(i))
	}
	l.fields = make([]string, g.FieldCount()+1)
	for i := 1; i < len(l.fields); i++ {
		l.fields[i] = g.FieldNameForId(uint16(i))
	}
	return l
}

// kindName returns the interned name of a node kind id.
func (l *Language) kindName(id uint16) string {
	if int(id) < len(l.kinds) {
		return l.kinds[id]
	}
	return "ERROR" // tree-sitter's builtin error symbol is 0xFFFF
}

// fieldName returns the interned name of a field id ("" for none).
func (l *Language) fieldName(id uint16) string {
	if int(id) < len(l.fields) {
		return l.fields[id]
	}
	return ""
}

// ErrCanceled is returned when ctx ends during a parse.
var ErrCanceled = errors.New("parse canceled")

// Parse parses src into a tree. Syntax errors do not fail the parse: error
// recovery yields a tree whose ErrorCount says how much was recovered.
// Any bytes are accepted (invalid UTF-8, NUL); inputs over MaxSourceSize
// fail with ErrTooLarge. When ctx ends the parse stops promptly with ErrCanceled.
func (l *Language) Parse(ctx context.Context, src []byte) (*ast.Tree, error) {
	return l.parseC(ctx, src)
}
