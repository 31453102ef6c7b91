// Package lang owns the tree-sitter adapters: for each supported language
// it parses source into the compact sast/ast tree, parses Semgrep-style
// patterns into pattern trees (ParsePattern), extracts string literal
// values (StringValue), and describes the language's node types as data
// (Spec). It is the only package that makes cgo calls into tree-sitter; a
// parse is one cgo call plus one per 4096 converted nodes. It does no file
// I/O and knows nothing about rules or matching.
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
