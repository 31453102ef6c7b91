package taint

import (
	"strings"

	"github.com/vouchsec/vouch/sast/ast"
)

// Regex-replace sanitisers: replacing every character outside a class of
// safe characters (letters, digits, '-', '_') by nothing leaves only
// those characters: String(x).replace(/[^a-zA-Z0-9-]/g, ''),
// re.sub(r"[^\w-]", "", x), s.replaceAll("[^A-Za-z0-9]", ""),
// regexp.MustCompile(`[^a-z0-9]+`).ReplaceAllString(x, "").

// safeReplace reports whether the call n is a replace-all of a negated
// safe character class with an empty replacement (lang.FlowSpec.RegexReplace).
func (r *run) safeReplace(n *ast.Node) bool {
	rr := r.spec.Flow.RegexReplace
	if len(rr) == 0 {
		return false
	}
	if _, ok := r.spec.Call[n.Type]; !ok {
		return false
	}
	callee, recv, method, args := r.callParts(n)
	sh, ok := rr[callee]
	if !ok {
		if sh, ok = rr[method]; !ok || recv == nil {
			return false
		}
	}
	var pat *ast.Node
	if sh.Pattern < 0 {
		recv = r.unparen(recv)
		if recv == nil {
			return false
		}
		if _, ok := r.spec.Call[recv.Type]; !ok {
			return false
		}
		_, _, _, rargs := r.callParts(recv)
		pat = r.argAt(rargs, 0)
	} else {
		pat = r.argAt(args, sh.Pattern)
	}
	repl := r.unparen(r.argAt(args, sh.Replacement))
	if pat == nil || repl == nil || !r.spec.String[repl.Type] || r.hasInterpolation(repl) ||
		stringKonst(r.ix.Text(repl)).s != "" {
		return false
	}
	if r.argAt(args, sh.Replacement+2) != nil && sh.Pattern >= 0 && !sh.RegexLiteral {
		return false // re.sub(p, "", x, count)
	}
	for _, c := range args.Children {
		if _, kw := r.spec.KeywordArgument[c.Type]; kw {
			return false // count=1
		}
	}
	pat = r.unparen(pat)
	var s string
	switch {
	case sh.RegexLiteral:
		text := r.ix.Text(pat)
		i := strings.LastIndexByte(text, '/')
		if r.spec.String[pat.Type] || !strings.HasPrefix(text, "/") || i <= 0 {
			return false
		}
		if sh.Global && !strings.Contains(text[i+1:], "g") {
			return false
		}
		s = text[1:i]
	case r.spec.String[pat.Type] && !r.hasInterpolation(pat):
		s = stringKonst(r.ix.Text(pat)).s
	default:
		return false
	}
	return safeNegatedClass(s)
}

// safeNegatedClass reports whether a regex is [^...] (optionally
// followed by + or *) whose members are all safe characters: ranges
// within a-z, A-Z or 0-9, letters, digits, '-', '_', \w and \d.
func safeNegatedClass(s string) bool {
	s = strings.ReplaceAll(s, `\\`, `\`) // Java/Go interpreted strings
	s = strings.TrimSuffix(strings.TrimSuffix(s, "+"), "*")
	if !strings.HasPrefix(s, "[^") || !strings.HasSuffix(s, "]") || len(s) < 4 {
		return false
	}
	body := s[2 : len(s)-1]
	for i := 0; i < len(body); i++ {
		c := body[i]
		switch {
		case c == '\\':
			if i+1 >= len(body) {
				return false
			}
			i++
			switch body[i] {
			case 'w', 'd', '-', '_':
			default:
				return false
			}
		case i+2 < len(body) && body[i+1] == '-':
			lo, hi := c, body[i+2]
			if !(lo <= hi && (inRange(lo, hi, 'a', 'z') || inRange(lo, hi, 'A', 'Z') || inRange(lo, hi, '0', '9'))) {
				return false
			}
			i += 2
		case c == '-' || c == '_' || isAlnum(c):
		default:
			return false
		}
	}
	return true
}

func inRange(lo, hi, a, b byte) bool { return lo >= a && hi <= b }

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
