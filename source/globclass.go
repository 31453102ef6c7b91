package source

import (
	"unicode"
)

// charClass is a bracket expression.
type charClass struct {
	negate bool
	ranges []rune // pairs lo, hi
	named  []func(rune) bool
}

func (c *charClass) contains(r rune) bool {
	in := false
	for i := 0; i+1 < len(c.ranges); i += 2 {
		if c.ranges[i] <= r && r <= c.ranges[i+1] {
			in = true
			break
		}
	}
	if !in {
		for _, f := range c.named {
			if f(r) {
				in = true
				break
			}
		}
	}
	return in != c.negate
}

// posixClass returns the named class git's wildmatch knows ("[:alpha:]").
func posixClass(name string) func(rune) bool {
	switch name {
	case "alnum":
		return func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	case "alpha":
		return unicode.IsLetter
	case "blank":
		return func(r rune) bool { return r == ' ' || r == '\t' }
	case "cntrl":
		return unicode.IsControl
	case "digit":
		return unicode.IsDigit
	case "graph":
		return func(r rune) bool { return unicode.IsGraphic(r) && !unicode.IsSpace(r) }
	case "lower":
		return unicode.IsLower
	case "print":
		return unicode.IsPrint
	case "punct":
		return unicode.IsPunct
	case "space":
		return unicode.IsSpace
	case "upper":
		return unicode.IsUpper
	case "xdigit":
		return func(r rune) bool { return r < 128 && (r >= '0' && r <= '9' || r|0x20 >= 'a' && r|0x20 <= 'f') }
	}
	return nil
}

// class parses a bracket expression after its '['. It returns the bytes
// consumed including the closing ']'.
func (g *glob) class(s string) (int, bool) {
	var cc charClass
	i := 0
	if i < len(s) && (s[i] == '!' || s[i] == '^') {
		cc.negate = true
		i++
	}
	first := true
	for {
		if i >= len(s) {
			return 0, false
		}
		if s[i] == ']' && !first {
			i++
			break
		}
		first = false
		if s[i] == '[' && i+1 < len(s) && s[i+1] == ':' {
			end := indexFrom(s, i+2, ":]")
			if end < 0 {
				return 0, false
			}
			f := posixClass(s[i+2 : end])
			if f == nil {
				return 0, false
			}
			cc.named = append(cc.named, f)
			i = end + 2
			continue
		}
		lo, n, ok := classRune(s[i:])
		if !ok {
			return 0, false
		}
		i += n
		hi := lo
		if i+1 < len(s) && s[i] == '-' && s[i+1] != ']' {
			h, n2, ok := classRune(s[i+1:])
			if !ok {
				return 0, false
			}
			hi = h
			i += 1 + n2
		}
		cc.ranges = append(cc.ranges, lo, hi)
	}
	g.classes = append(g.classes, cc)
	g.toks = append(g.toks, token{kind: tokClass, class: len(g.classes) - 1})
	return i, true
}

func classRune(s string) (rune, int, bool) {
	if s[0] == '\\' {
		if len(s) < 2 {
			return 0, 0, false
		}
		r, n := decodeRune(s[1:])
		return r, n + 1, true
	}
	r, n := decodeRune(s)
	return r, n, true
}

func indexFrom(s string, from int, sub string) int {
	for i := from; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}
