package pattern

import (
	"errors"

	"github.com/vouchsec/vouch/sast/ast"
	"github.com/vouchsec/vouch/sast/lang"
)

var emptySpec = &lang.Spec{}

func specOf(l *lang.Language) *lang.Spec {
	if l == nil || l.Spec == nil {
		return emptySpec
	}
	return l.Spec
}

func parsePattern(l *lang.Language, src string) (*ast.Tree, error) {
	t, err := l.ParsePattern(src)
	if err != nil {
		return nil, err
	}
	if t == nil || t.Root == nil {
		return nil, errors.New("empty pattern")
	}
	return t, nil
}

// stringValue is the unquoted value of a string literal node; sast/lang
// owns the one implementation.
func stringValue(l *lang.Language, t *ast.Tree, n *ast.Node) (string, bool) {
	if l == nil || l.Spec == nil {
		return "", false
	}
	return l.StringValue(t, n)
}

// StringValue returns the unquoted value of a string literal node of
// language l (for callers that hold a Language and a tree).
func StringValue(l *lang.Language, t *ast.Tree, n *ast.Node) (string, bool) {
	return stringValue(l, t, n)
}

// literalValue is the value of a string literal node of the indexed
// tree (import paths, require() arguments).
func (ix *Index) literalValue(n *ast.Node) (string, bool) {
	return stringValue(ix.lang, ix.tree, n)
}
