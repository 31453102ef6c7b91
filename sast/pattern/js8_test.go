package pattern

import "testing"

func TestAssignmentsAndObjects(t *testing.T) {
	js := "const serialize = require('node-serialize');\nlet s2;\ns2 = require(\"node-serialize\");\nconst other = require('other');\n"
	q := "db.query('SELECT 1' + x, cb);\ndb.query({ sql: q, values: [x] }, cb);\ndb.query({}, cb);\n"
	py := "f({})\nf({'a': 1, 'b': 2})\nf({1, 2})\nf([1])\n"
	runCases(t, []matchCase{
		{"require assignment", "javascript", js, `$S = require("node-serialize")`, []string{"L1 $S=serialize", "L3 $S=s2"}},
		{"object ellipsis only objects", "javascript", q, `$DB.query({...}, ...)`, []string{"L2 $DB=db", "L3 $DB=db"}},
		{"python braces ellipsis any dict", "python", py, `f({...})`, []string{"L1", "L2", "L3"}},
	})
}

func TestPythonAnyDictRoot(t *testing.T) {
	runCases(t, []matchCase{
		{"root", "python", "x = {}\ny = {'a': 1}\nz = {1}\n", `{...}`, []string{"L1", "L2", "L3"}},
	})
}
