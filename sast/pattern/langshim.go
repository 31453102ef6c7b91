package pattern

import (
	"errors"
	"strings"

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

type stringValuer interface {
	StringValue(t *ast.Tree, n *ast.Node) (string, bool)
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

// stringValue is the unquoted value of a string literal node.
func stringValue(l *lang.Language, t *ast.Tree, n *ast.Node) (string, bool) {
	if sv, ok := any(l).(stringValuer); ok {
		return sv.StringValue(t, n)
	}
	return unquote(t.Text(n))
}

// unquote strips a string prefix (r, b, f, u) and matching quotes.
func unquote(s string) (string, bool) {
	i := 0
	for i < len(s) && i < 3 && strings.ContainsRune("rRbBuUfF", rune(s[i])) {
		i++
	}
	s = s[i:]
	for _, q := range []string{`"""`, `'''`, `"`, `'`, "`"} {
		if len(s) >= 2*len(q) && strings.HasPrefix(s, q) && strings.HasSuffix(s, q) {
			return s[len(q) : len(s)-len(q)], true
		}
	}
	return "", false
}

// StringValue returns the unquoted value of a string literal node of
// language l (for callers that hold a Language and a tree).
func StringValue(l *lang.Language, t *ast.Tree, n *ast.Node) (string, bool) {
	return stringValue(l, t, n)
}
