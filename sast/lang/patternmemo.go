package lang

import (
	"sync"

	"github.com/vouchsec/vouch/sast/ast"
)

// maxMemoPatterns bounds the pattern memo; past it, patterns are parsed
// each time (rule sets that large are not expected).
const maxMemoPatterns = 1 << 14

// patternMemo caches ParsePattern results, errors included, by source.
type patternMemo struct {
	mu sync.Mutex
	m  map[string]memoEntry
}

type memoEntry struct {
	tree *ast.Tree
	err  error
}

func (pm *patternMemo) get(src string, parse func(string) (*ast.Tree, error)) (*ast.Tree, error) {
	pm.mu.Lock()
	e, ok := pm.m[src]
	pm.mu.Unlock()
	if ok {
		return e.tree, e.err
	}
	t, err := parse(src)
	pm.mu.Lock()
	if pm.m == nil {
		pm.m = map[string]memoEntry{}
	}
	if len(pm.m) < maxMemoPatterns {
		pm.m[src] = memoEntry{t, err}
	}
	pm.mu.Unlock()
	return t, err
}
