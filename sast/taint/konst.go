package taint

import (
	"strconv"
	"strings"
)

// konstKind says what a constant is.
type konstKind uint8

const (
	kNone   konstKind = iota // not a constant
	kStr                     // string
	kNum                     // number
	kBool                    // boolean
	kNull                    // None / null / nil / undefined
	kOpaque                  // a constant whose value is not modelled
)

// konst is a compile-time constant value, used by constant propagation:
// a constant is never tainted and a constant condition decides a branch.
type konst struct {
	kind konstKind
	s    string
	n    float64
	b    bool
}

func (c konst) equal(d konst) bool {
	if c.kind != d.kind {
		return false
	}
	switch c.kind {
	case kStr:
		return c.s == d.s
	case kNum:
		return c.n == d.n
	case kBool:
		return c.b == d.b
	case kOpaque:
		return false // unknown values: never provably equal
	}
	return true
}

// same reports whether two constants are the same abstract value (two
// opaque constants are: the loop fixpoint test).
func (c konst) same(d konst) bool {
	return c.kind == kOpaque && d.kind == kOpaque || c.equal(d)
}

// truth returns the constant's truth value and whether it is known.
func (c konst) truth() (bool, bool) {
	switch c.kind {
	case kStr:
		return c.s != "", true
	case kNum:
		return c.n != 0, true
	case kBool:
		return c.b, true
	case kNull:
		return false, true
	}
	return false, false
}

// maxKonstLen bounds folded string constants.
const maxKonstLen = 4096

// numberKonst parses a numeric literal's text.
func numberKonst(text string) konst {
	s := strings.ReplaceAll(text, "_", "")
	s = strings.TrimRight(s, "lLfFdDjJn")
	if i, err := strconv.ParseInt(s, 0, 64); err == nil {
		return konst{kind: kNum, n: float64(i)}
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		return konst{kind: kNum, n: f}
	}
	return konst{kind: kOpaque}
}

// stringKonst is the value of a string literal's source text with any
// prefix letters and quotes removed (escapes are left as written).
func stringKonst(text string) konst {
	s := strings.TrimLeft(text, "rRbBuUfF@$")
	for _, q := range []string{`"""`, `'''`, `"`, `'`, "`"} {
		if len(s) >= 2*len(q) && strings.HasPrefix(s, q) && strings.HasSuffix(s, q) {
			s = s[len(q) : len(s)-len(q)]
			break
		}
	}
	return konst{kind: kStr, s: s}
}

// fold evaluates a binary operator on two constants; kNone when the
// result is not a known constant.
func fold(op string, a, b konst) konst {
	switch op {
	case "and", "&&":
		if t, ok := a.truth(); ok {
			if !t {
				return a
			}
			return b
		}
		return konst{}
	case "or", "||", "??":
		if t, ok := a.truth(); ok {
			if t {
				return a
			}
			return b
		}
		return konst{}
	}
	if a.kind == kOpaque || b.kind == kOpaque || a.kind == kNone || b.kind == kNone {
		if a.kind != kNone && b.kind != kNone {
			return konst{kind: kOpaque} // constant operands, unmodelled result
		}
		return konst{}
	}
	switch op {
	case "==", "===", "is":
		return konst{kind: kBool, b: a.equal(b)}
	case "!=", "!==", "is not":
		return konst{kind: kBool, b: !a.equal(b)}
	}
	if a.kind == kStr && b.kind == kStr && op == "+" {
		if len(a.s)+len(b.s) > maxKonstLen {
			return konst{kind: kOpaque}
		}
		return konst{kind: kStr, s: a.s + b.s}
	}
	if a.kind == kNum && b.kind == kNum {
		switch op {
		case "+":
			return konst{kind: kNum, n: a.n + b.n}
		case "-":
			return konst{kind: kNum, n: a.n - b.n}
		case "*":
			return konst{kind: kNum, n: a.n * b.n}
		case "<":
			return konst{kind: kBool, b: a.n < b.n}
		case ">":
			return konst{kind: kBool, b: a.n > b.n}
		case "<=":
			return konst{kind: kBool, b: a.n <= b.n}
		case ">=":
			return konst{kind: kBool, b: a.n >= b.n}
		}
	}
	return konst{kind: kOpaque}
}

// not negates a constant's truth value.
func not(a konst) konst {
	if t, ok := a.truth(); ok {
		return konst{kind: kBool, b: !t}
	}
	if a.kind != kNone {
		return konst{kind: kOpaque}
	}
	return konst{}
}
