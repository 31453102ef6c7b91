package search

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/vouchsec/vouch/sast/rule"
)

// The metavariable-comparison language: a small, safe subset of Python
// expressions. Values are int64, float64, string, bool and lists.
//
//	expr   := or
//	or     := and ("or" and)*
//	and    := not ("and" not)*
//	not    := "not" not | cmp
//	cmp    := sum (("=="|"!="|"<"|"<="|">"|">="|"in"|"not in") sum)*
//	sum    := prod (("+"|"-") prod)*
//	prod   := unary (("*"|"/"|"//"|"%") unary)*
//	unary  := "-" unary | atom
//	atom   := number | string | True | False | $X | "(" expr ")" | "[" list "]"
//	        | int(expr) | str(expr) | float(expr) | len(expr) | re.match(expr, expr)

type cmpExpr interface{}

type (
	cLit   struct{ v any }
	cVar   struct{ name string }
	cUnary struct {
		op string
		x  cmpExpr
	}
	cBin struct {
		op   string
		l, r cmpExpr
	}
	cCall struct {
		fn   string
		args []cmpExpr
	}
	cList struct{ items []cmpExpr }
)

type cmpTok struct {
	kind byte // 'n' number, 's' string, 'i' identifier, 'v' metavariable, 'o' operator
	text string
	val  any
}

const maxCmpDepth = 100

// parseComparison compiles a comparison expression.
func parseComparison(src string) (cmpExpr, error) {
	toks, err := lexComparison(src)
	if err != nil {
		return nil, err
	}
	p := &cmpParser{toks: toks}
	e, err := p.or(0)
	if err != nil {
		return nil, err
	}
	if p.i != len(p.toks) {
		return nil, fmt.Errorf("unexpected %q", p.toks[p.i].text)
	}
	return e, nil
}

var cmpMetavar = regexp.MustCompile(`^\$[A-Z_][A-Z0-9_]*`)

func lexComparison(s string) ([]cmpTok, error) {
	var out []cmpTok
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '$':
			m := cmpMetavar.FindString(s[i:])
			if m == "" {
				return nil, fmt.Errorf("bad metavariable at %q", s[i:])
			}
			out = append(out, cmpTok{kind: 'v', text: m})
			i += len(m)
		case c >= '0' && c <= '9' || c == '.' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
			j := i
			for j < len(s) && (isAlnum(s[j]) || s[j] == '.' || s[j] == '_') {
				j++
			}
			v, err := parseNumber(s[i:j], 0)
			if err != nil {
				return nil, fmt.Errorf("bad number %q", s[i:j])
			}
			out = append(out, cmpTok{kind: 'n', text: s[i:j], val: v})
			i = j
		case c == '"' || c == '\'':
			j := i + 1
			var b strings.Builder
			for j < len(s) && s[j] != c {
				if s[j] == '\\' && j+1 < len(s) {
					j++
				}
				b.WriteByte(s[j])
				j++
			}
			if j >= len(s) {
				return nil, errors.New("unterminated string")
			}
			out = append(out, cmpTok{kind: 's', text: s[i : j+1], val: b.String()})
			i = j + 1
		case isAlpha(c):
			j := i
			for j < len(s) && (isAlnum(s[j]) || s[j] == '_') {
				j++
			}
			out = append(out, cmpTok{kind: 'i', text: s[i:j]})
			i = j
		default:
			for _, op := range []string{"==", "!=", "<=", ">=", "//", "<", ">", "+", "-", "*", "/", "%", "(", ")", "[", "]", ",", "."} {
				if strings.HasPrefix(s[i:], op) {
					out = append(out, cmpTok{kind: 'o', text: op})
					i += len(op)
					goto next
				}
			}
			return nil, fmt.Errorf("unexpected character %q", c)
		next:
		}
	}
	return out, nil
}

func isAlpha(c byte) bool { return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isAlnum(c byte) bool { return isAlpha(c) || c >= '0' && c <= '9' }

type cmpParser struct {
	toks []cmpTok
	i    int
}

func (p *cmpParser) peek(text string) bool {
	return p.i < len(p.toks) && (p.toks[p.i].kind == 'o' || p.toks[p.i].kind == 'i') && p.toks[p.i].text == text
}

func (p *cmpParser) accept(text string) bool {
	if p.peek(text) {
		p.i++
		return true
	}
	return false
}

func (p *cmpParser) expect(text string) error {
	if !p.accept(text) {
		if p.i < len(p.toks) {
			return fmt.Errorf("expected %q, found %q", text, p.toks[p.i].text)
		}
		return fmt.Errorf("expected %q at end", text)
	}
	return nil
}

func (p *cmpParser) or(d int) (cmpExpr, error) {
	if d > maxCmpDepth {
		return nil, errors.New("expression nested too deeply")
	}
	l, err := p.and(d)
	for err == nil && p.accept("or") {
		var r cmpExpr
		r, err = p.and(d)
		l = cBin{"or", l, r}
	}
	return l, err
}

func (p *cmpParser) and(d int) (cmpExpr, error) {
	l, err := p.not(d)
	for err == nil && p.accept("and") {
		var r cmpExpr
		r, err = p.not(d)
		l = cBin{"and", l, r}
	}
	return l, err
}

func (p *cmpParser) not(d int) (cmpExpr, error) {
	if d > maxCmpDepth {
		return nil, errors.New("expression nested too deeply")
	}
	if p.accept("not") {
		x, err := p.not(d + 1)
		return cUnary{"not", x}, err
	}
	return p.cmp(d)
}

func (p *cmpParser) cmp(d int) (cmpExpr, error) {
	l, err := p.sum(d)
	for err == nil {
		op := ""
		switch {
		case p.accept("=="), p.accept("!="), p.accept("<="), p.accept(">="), p.accept("<"), p.accept(">"), p.accept("in"):
			op = p.toks[p.i-1].text
		case p.peek("not") && p.i+1 < len(p.toks) && p.toks[p.i+1].text == "in":
			p.i += 2
			op = "not in"
		default:
			return l, nil
		}
		var r cmpExpr
		r, err = p.sum(d)
		l = cBin{op, l, r}
	}
	return l, err
}

func (p *cmpParser) sum(d int) (cmpExpr, error) {
	l, err := p.prod(d)
	for err == nil && (p.peek("+") || p.peek("-")) {
		op := p.toks[p.i].text
		p.i++
		var r cmpExpr
		r, err = p.prod(d)
		l = cBin{op, l, r}
	}
	return l, err
}

func (p *cmpParser) prod(d int) (cmpExpr, error) {
	l, err := p.unary(d)
	for err == nil && (p.peek("*") || p.peek("/") || p.peek("//") || p.peek("%")) {
		op := p.toks[p.i].text
		p.i++
		var r cmpExpr
		r, err = p.unary(d)
		l = cBin{op, l, r}
	}
	return l, err
}

func (p *cmpParser) unary(d int) (cmpExpr, error) {
	if d > maxCmpDepth {
		return nil, errors.New("expression nested too deeply")
	}
	if p.accept("-") {
		x, err := p.unary(d + 1)
		return cUnary{"-", x}, err
	}
	return p.atom(d)
}

func (p *cmpParser) atom(d int) (cmpExpr, error) {
	if p.i >= len(p.toks) {
		return nil, errors.New("unexpected end of expression")
	}
	t := p.toks[p.i]
	p.i++
	switch t.kind {
	case 'n', 's':
		return cLit{t.val}, nil
	case 'v':
		return cVar{t.text}, nil
	case 'i':
		switch t.text {
		case "True", "true":
			return cLit{true}, nil
		case "False", "false":
			return cLit{false}, nil
		case "re":
			if err := p.expect("."); err != nil {
				return nil, err
			}
			if err := p.expect("match"); err != nil {
				return nil, errors.New("only re.match is supported")
			}
			t.text = "re.match"
			fallthrough
		case "int", "str", "float", "len", "abs":
			if err := p.expect("("); err != nil {
				return nil, err
			}
			var args []cmpExpr
			for !p.accept(")") {
				if len(args) > 0 {
					if err := p.expect(","); err != nil {
						return nil, err
					}
				}
				a, err := p.or(d + 1)
				if err != nil {
					return nil, err
				}
				args = append(args, a)
			}
			want := 1
			if t.text == "re.match" {
				want = 2
			}
			if len(args) != want {
				return nil, fmt.Errorf("%s takes %d argument(s)", t.text, want)
			}
			c := cCall{fn: t.text, args: args}
			if t.text == "re.match" {
				if lit, ok := args[0].(cLit); ok {
					s, ok := lit.v.(string)
					if !ok {
						return nil, errors.New("re.match needs a string pattern")
					}
					re, err := rule.CompileRegex(s)
					if err != nil {
						return nil, err
					}
					c.args[0] = cLit{re}
				} else {
					return nil, errors.New("re.match needs a literal pattern")
				}
			}
			return c, nil
		}
		return nil, fmt.Errorf("unknown name %q", t.text)
	case 'o':
		switch t.text {
		case "(":
			e, err := p.or(d + 1)
			if err != nil {
				return nil, err
			}
			return e, p.expect(")")
		case "[":
			var items []cmpExpr
			for !p.accept("]") {
				if len(items) > 0 {
					if err := p.expect(","); err != nil {
						return nil, err
					}
					if p.accept("]") {
						break
					}
				}
				it, err := p.or(d + 1)
				if err != nil {
					return nil, err
				}
				items = append(items, it)
			}
			return cList{items}, nil
		}
	}
	return nil, fmt.Errorf("unexpected %q", t.text)
}

// parseNumber parses an integer (decimal, 0x, 0o, 0b, underscores; or in
// base) or a float.
func parseNumber(s string, base int) (any, error) {
	clean := strings.ReplaceAll(s, "_", "")
	if base != 0 {
		i, err := strconv.ParseInt(clean, base, 64)
		if err != nil {
			return nil, err
		}
		return i, nil
	}
	trimmed := strings.TrimRight(clean, "lLuU")
	if i, err := strconv.ParseInt(trimmed, 0, 64); err == nil {
		return i, nil
	}
	if f, err := strconv.ParseFloat(strings.TrimRight(clean, "fFdD"), 64); err == nil && !math.IsNaN(f) {
		return f, nil
	}
	return nil, fmt.Errorf("not a number: %q", s)
}

// evalComparison evaluates e; lookup gives a metavariable's value.
func evalComparison(e cmpExpr, lookup func(string) (any, bool)) (any, error) {
	switch e := e.(type) {
	case cLit:
		return e.v, nil
	case cVar:
		v, ok := lookup(e.name)
		if !ok {
			return nil, fmt.Errorf("metavariable %s is not bound", e.name)
		}
		return v, nil
	case cList:
		out := make([]any, 0, len(e.items))
		for _, it := range e.items {
			v, err := evalComparison(it, lookup)
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return out, nil
	case cUnary:
		x, err := evalComparison(e.x, lookup)
		if err != nil {
			return nil, err
		}
		if e.op == "not" {
			return !truthy(x), nil
		}
		switch x := x.(type) {
		case int64:
			return -x, nil
		case float64:
			return -x, nil
		}
		return nil, fmt.Errorf("cannot negate %v", x)
	case cCall:
		return evalCall(e, lookup)
	case cBin:
		l, err := evalComparison(e.l, lookup)
		if err != nil {
			return nil, err
		}
		switch e.op { // short-circuit
		case "and":
			if !truthy(l) {
				return false, nil
			}
			r, err := evalComparison(e.r, lookup)
			return truthy(r), err
		case "or":
			if truthy(l) {
				return true, nil
			}
			r, err := evalComparison(e.r, lookup)
			return truthy(r), err
		}
		r, err := evalComparison(e.r, lookup)
		if err != nil {
			return nil, err
		}
		return binary(e.op, l, r)
	}
	return nil, errors.New("bad expression")
}

func evalCall(e cCall, lookup func(string) (any, bool)) (any, error) {
	if e.fn == "re.match" {
		re := e.args[0].(cLit).v.(*regexp.Regexp)
		v, err := evalComparison(e.args[1], lookup)
		if err != nil {
			return nil, err
		}
		loc := re.FindStringIndex(toString(v))
		return loc != nil && loc[0] == 0, nil
	}
	v, err := evalComparison(e.args[0], lookup)
	if err != nil {
		return nil, err
	}
	switch e.fn {
	case "str":
		return toString(v), nil
	case "len":
		switch v := v.(type) {
		case string:
			return int64(len(v)), nil
		case []any:
			return int64(len(v)), nil
		}
		return nil, fmt.Errorf("len of %v", v)
	case "abs":
		switch v := v.(type) {
		case int64:
			if v < 0 {
				return -v, nil
			}
			return v, nil
		case float64:
			return math.Abs(v), nil
		}
		return nil, fmt.Errorf("abs of %v", v)
	case "int", "float":
		var n any
		switch v := v.(type) {
		case int64, float64:
			n = v
		case bool:
			n = int64(0)
			if v {
				n = int64(1)
			}
		case string:
			x, err := parseNumber(strings.TrimSpace(v), 0)
			if err != nil {
				return nil, err
			}
			n = x
		default:
			return nil, fmt.Errorf("%s of %v", e.fn, v)
		}
		if e.fn == "float" {
			f, _ := toFloat(n)
			return f, nil
		}
		if f, ok := n.(float64); ok {
			return int64(f), nil
		}
		return n, nil
	}
	return nil, fmt.Errorf("unknown function %s", e.fn)
}

func truthy(v any) bool {
	switch v := v.(type) {
	case bool:
		return v
	case int64:
		return v != 0
	case float64:
		return v != 0
	case string:
		return v != ""
	case []any:
		return len(v) > 0
	}
	return v != nil
}

func toFloat(v any) (float64, bool) {
	switch v := v.(type) {
	case int64:
		return float64(v), true
	case float64:
		return v, true
	case bool:
		if v {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

func toString(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case bool:
		if v {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	return fmt.Sprint(v)
}

func binary(op string, l, r any) (any, error) {
	switch op {
	case "in", "not in":
		var in bool
		switch r := r.(type) {
		case []any:
			for _, x := range r {
				if eq, _ := equalValues(l, x); eq {
					in = true
					break
				}
			}
		case string:
			in = strings.Contains(r, toString(l))
		default:
			return nil, fmt.Errorf("'in' needs a list or string, got %v", r)
		}
		return in == (op == "in"), nil
	case "==":
		eq, _ := equalValues(l, r)
		return eq, nil
	case "!=":
		eq, _ := equalValues(l, r)
		return !eq, nil
	}
	if ls, ok := l.(string); ok {
		rs, ok := r.(string)
		if !ok {
			return nil, fmt.Errorf("cannot apply %s to string and %v", op, r)
		}
		switch op {
		case "<":
			return ls < rs, nil
		case "<=":
			return ls <= rs, nil
		case ">":
			return ls > rs, nil
		case ">=":
			return ls >= rs, nil
		case "+":
			return ls + rs, nil
		}
		return nil, fmt.Errorf("cannot apply %s to strings", op)
	}
	li, lInt := l.(int64)
	ri, rInt := r.(int64)
	if lInt && rInt {
		switch op {
		case "+":
			return li + ri, nil
		case "-":
			return li - ri, nil
		case "*":
			return li * ri, nil
		case "/":
			if ri == 0 {
				return nil, errors.New("division by zero")
			}
			return float64(li) / float64(ri), nil
		case "//", "%":
			if ri == 0 {
				return nil, errors.New("division by zero")
			}
			q, m := li/ri, li%ri
			if m != 0 && (m < 0) != (ri < 0) { // Python floors
				q--
				m += ri
			}
			if op == "//" {
				return q, nil
			}
			return m, nil
		case "<":
			return li < ri, nil
		case "<=":
			return li <= ri, nil
		case ">":
			return li > ri, nil
		case ">=":
			return li >= ri, nil
		}
	}
	lf, ok1 := toFloat(l)
	rf, ok2 := toFloat(r)
	if !ok1 || !ok2 {
		return nil, fmt.Errorf("cannot apply %s to %v and %v", op, l, r)
	}
	switch op {
	case "+":
		return lf + rf, nil
	case "-":
		return lf - rf, nil
	case "*":
		return lf * rf, nil
	case "/":
		if rf == 0 {
			return nil, errors.New("division by zero")
		}
		return lf / rf, nil
	case "//":
		if rf == 0 {
			return nil, errors.New("division by zero")
		}
		return math.Floor(lf / rf), nil
	case "%":
		if rf == 0 {
			return nil, errors.New("division by zero")
		}
		return lf - rf*math.Floor(lf/rf), nil
	case "<":
		return lf < rf, nil
	case "<=":
		return lf <= rf, nil
	case ">":
		return lf > rf, nil
	case ">=":
		return lf >= rf, nil
	}
	return nil, fmt.Errorf("unknown operator %s", op)
}

func equalValues(l, r any) (bool, error) {
	if lf, ok := toFloat(l); ok {
		if _, isBool := l.(bool); !isBool {
			if rf, ok := toFloat(r); ok {
				if _, isBool := r.(bool); !isBool {
					return lf == rf, nil
				}
			}
		}
	}
	switch l := l.(type) {
	case string:
		rs, ok := r.(string)
		return ok && l == rs, nil
	case bool:
		rb, ok := r.(bool)
		return ok && l == rb, nil
	}
	return false, nil
}
