package sast

import (
	"bytes"
)

// literalTable deduplicates the prefilter literals of all rules of one
// language so each is searched for once per file.
type literalTable struct {
	lits  [][]byte
	index map[string]int
}

func newLiteralTable() *literalTable { return &literalTable{index: map[string]int{}} }

// prefilter is a rule's condition on a file's text: for every clause, at
// least one of its literals (indices into a literalTable) must occur. An
// empty prefilter always passes.
type prefilter [][]int

// add registers a rule's literals (a conjunction of disjunctions). A clause
// with an empty literal, or no literals, constrains nothing and is dropped.
func (t *literalTable) add(clauses [][]string) prefilter {
	var pf prefilter
	for _, clause := range clauses {
		var ids []int
		usable := len(clause) > 0
		for _, lit := range clause {
			if lit == "" {
				usable = false
				break
			}
			id, ok := t.index[lit]
			if !ok {
				id = len(t.lits)
				t.index[lit] = id
				t.lits = append(t.lits, []byte(lit))
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
// cost searches for their other literals.
type present struct {
	content []byte
	lits    [][]byte
	state   []int8 // 0 unknown, 1 present, -1 absent
}

func (t *literalTable) scan(content []byte) *present {
	return &present{content: content, lits: t.lits, state: make([]int8, len(t.lits))}
}

func (p *present) has(id int) bool {
	switch p.state[id] {
	case 1:
		return true
	case -1:
		return false
	}
	if bytes.Contains(p.content, p.lits[id]) {
		p.state[id] = 1
		return true
	}
	p.state[id] = -1
	return false
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
