package taint

import (
	"sort"

	"github.com/vouchsec/vouch/sast/ast"
)

// spanIndex finds the spans (sorted by start) that may contain a node
// without scanning them all: maxEnd[i] is the largest end among spans
// 0..i, so a backward scan stops as soon as no earlier span reaches far
// enough.
type spanIndex struct {
	start  []uint32
	maxEnd []uint32
}

func newSpanIndex(n int, at func(i int) span) spanIndex {
	ix := spanIndex{start: make([]uint32, n), maxEnd: make([]uint32, n)}
	var m uint32
	for i := range n {
		s := at(i)
		ix.start[i] = s.start
		m = max(m, s.end)
		ix.maxEnd[i] = m
	}
	return ix
}

// each calls fn, innermost start first, with the index of every span that
// starts at or before n and may end at or after it; fn returns false to
// stop.
func (ix *spanIndex) each(n *ast.Node, fn func(i int) bool) {
	hi := sort.Search(len(ix.start), func(i int) bool { return ix.start[i] > n.StartByte })
	for j := hi - 1; j >= 0 && ix.maxEnd[j] >= n.EndByte; j-- {
		if !fn(j) {
			return
		}
	}
}
