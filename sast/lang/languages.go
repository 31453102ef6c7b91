package lang

import (
	"path/filepath"
	"strings"

	golang "github.com/tree-sitter/tree-sitter-go/bindings/go"
	java "github.com/tree-sitter/tree-sitter-java/bindings/go"
	javascript "github.com/tree-sitter/tree-sitter-javascript/bindings/go"
	python "github.com/tree-sitter/tree-sitter-python/bindings/go"
	typescript "github.com/tree-sitter/tree-sitter-typescript/bindings/go"
)

// Registry is the explicit list of supported languages.
type Registry struct {
	list   []*Language
	byName map[string]*Language
}

// NewRegistry builds the five built-in languages. Build it once per process
// and share it: each Language pools its parsers.
func NewRegistry() *Registry {
	r := &Registry{byName: map[string]*Language{}}
	r.list = []*Language{
		newLanguage("python", python.Language(), pythonSpec(), []string{"py", "python3"}, []string{".py", ".pyi", ".pyw"}, []string{"python", "python2", "python3"}),
		newLanguage("javascript", javascript.Language(), javascriptSpec(), []string{"js", "jsx", "node"}, []string{".js", ".jsx", ".mjs", ".cjs"}, []string{"node", "nodejs", "deno", "bun"}),
		newLanguage("typescript", typescript.LanguageTypescript(), typescriptSpec(), []string{"ts"}, []string{".ts", ".mts", ".cts"}, []string{"ts-node", "tsx"}),
		newLanguage("tsx", typescript.LanguageTSX(), typescriptSpec(), nil, []string{".tsx"}, nil),
		newLanguage("java", java.Language(), javaSpec(), nil, []string{".java"}, nil),
		newLanguage("go", golang.Language(), goSpec(), []string{"golang"}, []string{".go"}, nil),
	}
	for _, l := range r.list {
		r.byName[l.Name] = l
		for _, a := range l.Aliases {
			r.byName[a] = l
		}
	}
	return r
}

// All returns the languages in a fixed order.
func (r *Registry) All() []*Language { return r.list }

// Lookup finds a language by name or alias, case-insensitively.
func (r *Registry) Lookup(name string) *Language { return r.byName[strings.ToLower(name)] }

// ForPath returns the language of a file by its extension (case-
// insensitive), or nil. Shebang detection is the file walk's job.
func (r *Registry) ForPath(path string) *Language {
	ext := strings.ToLower(filepath.Ext(path))
	if ext == "" {
		return nil
	}
	for _, l := range r.list {
		for _, e := range l.Extensions {
			if e == ext {
				return l
			}
		}
	}
	return nil
}
