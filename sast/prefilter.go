package sast

import (
	"bytes"
	"strings"

	"github.com/vouchsec/vouch/sast/search"
)

// literalTable deduplicates the prefilter literals of all rules of one
// language so each is searched for once per file.
type literalTable struct {
	lits  [][]byte
	fold  []bool // lits[i] is searched for in the case-folded text
	index map[string]int
}

func newLiteralTable() *literalTable { return &literalTable{index: map[string]int{}} }

// prefilter is a rule's condition on a file's text: for every clause, at
// least one of its literals (indices into a literalTable) must occur. An
// empty prefilter always passes.
type prefilter [][]int

// add registers a rule's literals (a conjunction of disjunctions). A clause
// with an empty literal, or no literals, constrains nothing and is dropped.
// A literal marked with search.FoldMark is searched for case-insensitively.
func (t *literalTable) add(clauses [][]string) prefilter {
	var pf prefilter
	for _, clause := range clauses {
		var ids []int
		usable := len(clause) > 0
		for _, lit := range clause {
			text, fold := strings.CutPrefix(lit, search.FoldMark)
			if text == "" {
				usable = false
				break
			}
			id, ok := t.index[lit]
			if !ok {
				id = len(t.lits)
				t.index[lit] = id
				t.lits = append(t.lits, []byte(text))
				t.fold = append(t.fold, fold)
			}
			ids = append(ids, id)
		}
		if usable {
			pf = append(pf, ids)
		}
	}
	return pf
}

// present reports, for each literal of the table, whether content has it.
// Literals are looked up lazily, so rules whose first clause fails do not
// cost searches for their other literals; the case-folded copy of the
// content is made on the first case-insensitive lookup only.
type present struct {
	content []byte
	folded  []byte
	t       *literalTable
	state   []int8 // 0 unknown, 1 present, -1 absent
}

func (t *literalTable) scan(content []byte) *present {
	return &present{content: content, t: t, state: make([]int8, len(t.lits))}
}

func (p *present) has(id int) bool {
	switch p.state[id] {
	case 1:
		return true
	case -1:
		return false
	}
	text := p.content
	if p.t.fold[id] {
		if p.folded == nil {
			p.folded = foldASCII(p.content)
		}
		text = p.folded
	}
	if bytes.Contains(text, p.t.lits[id]) {
		p.state[id] = 1
		return true
	}
	p.state[id] = -1
	return false
}

// foldASCII returns b with ASCII letters lower-cased and the two non-ASCII
// characters that (?i) matches for ASCII letters, U+017F (long s) and
// U+212A (Kelvin sign), replaced by "s" and "k".
func foldASCII(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c == 0xC5 && i+1 < len(b) && b[i+1] == 0xBF:
			c = 's'
			i++
		case c == 0xE2 && i+2 < len(b) && b[i+1] == 0x84 && b[i+2] == 0xAA:
			c = 'k'
			i += 2
		}
		out = append(out, c)
	}
	return out
}

// pass reports whether content may match a rule with prefilter pf.
func (p *present) pass(pf prefilter) bool {
	for _, clause := range pf {
		ok := false
		for _, id := range clause {
			if p.has(id) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}
