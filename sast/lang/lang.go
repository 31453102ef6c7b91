// Package lang owns the tree-sitter adapters: for each supported language
// it parses source (and Semgrep-style patterns) into the compact sast/ast
// tree, and describes the language's node types as a Spec. It is the only
// package that makes cgo calls into tree-sitter. It does no file I/O.
package lang

import (
	"context"
	"errors"
	"fmt"
	"sync"
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

	grammar *sitter.Language
	parsers sync.Pool // *sitter.Parser; parsers are not safe for concurrent use
}

func newLanguage(name string, grammar unsafe.Pointer, spec *Spec, aliases, exts, shebangs []string) *Language {
	l := &Language{Name: name, Aliases: aliases, Extensions: exts, Shebangs: shebangs, Spec: spec,
		grammar: sitter.NewLanguage(grammar)}
	l.parsers.New = func() any {
		p := sitter.NewParser()
		if err := p.SetLanguage(l.grammar); err != nil {
			panic(fmt.Sprintf("tree-sitter grammar %s: %v", name, err)) // a build defect, not input-dependent
		}
		return p
	}
	return l
}

// ErrCanceled is returned when ctx ends during a parse.
var ErrCanceled = errors.New("parse canceled")

// Parse parses src into a tree. Syntax errors do not fail the parse: error
// recovery yields a tree whose ErrorCount says how much was recovered.
func (l *Language) Parse(ctx context.Context, src []byte) (*ast.Tree, error) {
	p := l.parsers.Get().(*sitter.Parser)
	defer l.parsers.Put(p)
	var canceled bool
	opts := &sitter.ParseOptions{ProgressCallback: func(sitter.ParseState) bool {
		if ctx.Err() != nil {
			canceled = true
			return true
		}
		return false
	}}
	n := len(src)
	tsTree := p.ParseWithOptions(func(i int, _ sitter.Point) []byte {
		if i >= n {
			return nil
		}
		return src[i:]
	}, nil, opts)
	if tsTree == nil {
		p.Reset()
		if canceled {
			return nil, fmt.Errorf("%s: %w", l.Name, ErrCanceled)
		}
		return nil, fmt.Errorf("%s: tree-sitter returned no tree", l.Name)
	}
	defer tsTree.Close()
	tree := convert(tsTree, src)
	tree.Language = l.Name
	return tree, nil
}

// convert copies a tree-sitter tree into an ast.Tree with one cursor walk.
// Nodes are allocated in chunks to keep the garbage collector's work small.
func convert(t *sitter.Tree, src []byte) *ast.Tree {
	tree := &ast.Tree{Source: src}
	c := t.Walk()
	defer c.Close()
	var arena []ast.Node
	alloc := func() *ast.Node {
		if len(arena) == cap(arena) {
			arena = make([]ast.Node, 0, 1024)
		}
		arena = arena[:len(arena)+1]
		return &arena[len(arena)-1]
	}
	fill := func(parent *ast.Node) *ast.Node {
		tn := c.Node()
		n := alloc()
		n.Type = tn.Kind()
		n.Named = tn.IsNamed()
		n.Error = tn.IsError() || tn.IsMissing()
		n.StartByte, n.EndByte = uint32(tn.StartByte()), uint32(tn.EndByte())
		sp, ep := tn.StartPosition(), tn.EndPosition()
		n.Start = ast.Point{Row: uint32(sp.Row), Col: uint32(sp.Column)}
		n.End = ast.Point{Row: uint32(ep.Row), Col: uint32(ep.Column)}
		if parent != nil {
			n.Field = c.FieldName()
			n.Parent = parent
			parent.Children = append(parent.Children, n)
		}
		if n.Error {
			tree.ErrorCount++
		}
		tree.NodeCount++
		return n
	}
	root := fill(nil)
	tree.Root = root
	cur := root
	// Iterative pre-order walk: descend, else next sibling, else climb.
	for {
		if c.GotoFirstChild() {
			cur = fill(cur)
			continue
		}
		for {
			if c.GotoNextSibling() {
				cur = fill(cur.Parent)
				break
			}
			if !c.GotoParent() {
				return tree
			}
			cur = cur.Parent
		}
	}
}
