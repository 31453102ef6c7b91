package source

import (
	"math/bits"
	"strings"
	"unicode/utf8"
)

// tokKind is one step of a compiled glob. A compiled glob is a small
// non-deterministic automaton over runes whose epsilon edges only go
// forward, so it is simulated in O(len(tokens) * len(path)) time: no
// backtracking, whatever the pattern (e.g. "**/**/**/**/a").
type tokKind uint8

const (
	tokLit        tokKind = iota // one rune equal to r
	tokAny                       // "?": one rune other than '/'
	tokClass                     // "[...]": one rune other than '/' in class
	tokStar                      // "*": any run of runes other than '/'
	tokAnyAll                    // one rune, '/' included (first rune of a trailing "/**")
	tokAnyAllStar                // any run of runes, '/' included
	tokOpt                       // epsilon to the next token and to skip (a "**/" group)
)

type token struct {
	kind  tokKind
	r     rune
	class int // index into glob.classes
	skip  int // tokOpt: index reached when the group matches nothing
}

// glob is a compiled path glob matched against a whole slash-separated
// path.
type glob struct {
	toks    []token
	classes []charClass
	never   bool // malformed (unterminated bracket, dangling escape): matches nothing
	// prefix and suffix are the literal text every match starts and ends
	// with: a cheap rejection before running the automaton.
	prefix, suffix string
}

// maxGlobTokens bounds the automaton; longer patterns never match. No
// real ignore line comes close.
const maxGlobTokens = 4096

// compileGlob compiles the path part of an ignore pattern (already without
// '!', leading '/' or trailing '/'). anyLevel prefixes an implicit "**/".
func compileGlob(pat string, anyLevel bool) *glob {
	g := &glob{}
	if anyLevel {
		g.dirGroup()
	}
	segs := splitUnescaped(pat)
	last := len(segs) - 1
	for i, seg := range segs {
		if seg == "**" {
			switch {
			case i == last && i == 0:
				g.toks = append(g.toks, token{kind: tokAnyAllStar})
			case i == last:
				// "x/**": the '/' is already emitted; at least one more rune.
				g.toks = append(g.toks, token{kind: tokAnyAll}, token{kind: tokAnyAllStar})
			default:
				// "**/" at the start or "/**/" in the middle: zero or more
				// whole directories; it carries its own trailing '/'.
				g.dirGroup()
			}
			continue
		}
		if !g.segment(seg) {
			return &glob{never: true}
		}
		if i != last {
			g.toks = append(g.toks, token{kind: tokLit, r: '/'})
		}
	}
	if len(g.toks) > maxGlobTokens {
		return &glob{never: true}
	}
	g.affixes()
	return g
}

// affixes computes the literal prefix and suffix from the tokens that
// every match must consume (not those inside an optional "**/" group).
// Invalid-UTF-8 literals end them.
func (g *glob) affixes() {
	optional := make([]bool, len(g.toks))
	for i, t := range g.toks {
		if t.kind == tokOpt {
			for j := i; j < t.skip && j < len(optional); j++ {
				optional[j] = true
			}
		}
	}
	lit := func(i int) bool {
		return !optional[i] && g.toks[i].kind == tokLit && g.toks[i].r < invalidBase
	}
	var b []byte
	i := 0
	for ; i < len(g.toks) && lit(i); i++ {
		b = utf8.AppendRune(b, g.toks[i].r)
	}
	g.prefix = string(b)
	if i == len(g.toks) {
		return // all literal: the prefix says it all
	}
	j := len(g.toks)
	for j > i && lit(j-1) {
		j--
	}
	b = b[:0]
	for _, t := range g.toks[j:] {
		b = utf8.AppendRune(b, t.r)
	}
	g.suffix = string(b)
}

// dirGroup appends "(.*/)?" : zero or more leading directories.
func (g *glob) dirGroup() {
	start := len(g.toks)
	g.toks = append(g.toks, token{kind: tokOpt, skip: start + 3}, token{kind: tokAnyAllStar}, token{kind: tokLit, r: '/'})
}

// splitUnescaped splits on '/' characters not preceded by a backslash.
func splitUnescaped(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '/':
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// segment compiles one path segment; false when it is malformed.
func (g *glob) segment(seg string) bool {
	for i := 0; i < len(seg); {
		c := seg[i]
		switch c {
		case '*':
			for i < len(seg) && seg[i] == '*' { // "a**b" is a plain star
				i++
			}
			g.toks = append(g.toks, token{kind: tokStar})
		case '?':
			g.toks = append(g.toks, token{kind: tokAny})
			i++
		case '[':
			n, ok := g.class(seg[i+1:])
			if !ok {
				return false
			}
			i += 1 + n
		case '\\':
			if i+1 >= len(seg) {
				return false
			}
			r, size := decodeRune(seg[i+1:])
			g.toks = append(g.toks, token{kind: tokLit, r: r})
			i += 1 + size
		default:
			r, size := decodeRune(seg[i:])
			g.toks = append(g.toks, token{kind: tokLit, r: r})
			i += size
		}
		if len(g.toks) > maxGlobTokens {
			return false
		}
	}
	return true
}

// match reports whether the whole of name matches. It allocates only for
// patterns longer than 255 tokens.
func (g *glob) match(name string) bool {
	if g.never || !strings.HasPrefix(name, g.prefix) || !strings.HasSuffix(name, g.suffix) {
		return false
	}
	n := len(g.toks)
	words := (n + 1 + 63) / 64
	var buf [8]uint64
	var cur, next []uint64
	if 2*words <= len(buf) {
		cur, next = buf[:words], buf[words:2*words]
	} else {
		cur, next = make([]uint64, words), make([]uint64, words)
	}
	cur[0] = 1
	g.closure(cur)
	for pos := 0; pos < len(name); {
		r, size := decodeRune(name[pos:])
		pos += size
		clear(next)
		any := false
		for w, word := range cur {
			for word != 0 {
				i := w<<6 | bits.TrailingZeros64(word)
				word &= word - 1
				if i >= n {
					continue
				}
				t := &g.toks[i]
				to := -1
				switch t.kind {
				case tokLit:
					if r == t.r {
						to = i + 1
					}
				case tokAny:
					if r != '/' {
						to = i + 1
					}
				case tokClass:
					if r != '/' && g.classes[t.class].contains(r) {
						to = i + 1
					}
				case tokStar:
					if r != '/' {
						to = i
					}
				case tokAnyAll:
					to = i + 1
				case tokAnyAllStar:
					to = i
				}
				if to >= 0 {
					next[to>>6] |= 1 << (to & 63)
					any = true
				}
			}
		}
		if !any {
			return false
		}
		g.closure(next)
		cur, next = next, cur
	}
	return cur[n>>6]&(1<<(n&63)) != 0
}

// closure adds the states reachable by epsilon edges; they all point
// forward, so one ascending pass is enough.
func (g *glob) closure(set []uint64) {
	n := len(g.toks)
	for w := range set {
		var done uint64
		for {
			word := set[w] &^ done
			if word == 0 {
				break
			}
			b := bits.TrailingZeros64(word)
			done |= 1 << b
			i := w<<6 | b
			if i >= n {
				continue
			}
			switch t := &g.toks[i]; t.kind {
			case tokStar, tokAnyAllStar:
				set[(i+1)>>6] |= 1 << ((i + 1) & 63)
			case tokOpt:
				set[(i+1)>>6] |= 1 << ((i + 1) & 63)
				set[t.skip>>6] |= 1 << (t.skip & 63)
			}
		}
	}
}

// invalidBase maps each byte of invalid UTF-8 to its own value outside the
// Unicode range, so that matching stays byte-exact like git's.
const invalidBase = utf8.MaxRune + 1

func decodeRune(s string) (rune, int) {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && n == 1 {
		return invalidBase + rune(s[0]), 1
	}
	return r, n
}
