package lang

// Spec describes, as data, how one language's tree-sitter node types map
// onto the generic notions used by the pattern matcher (sast/pattern) and
// the taint engine (sast/taint). Everything language-specific that those
// engines need lives here, so a new language is an adapter plus a Spec.
//
// This file is a contract shared by several packages: fields may be added,
// never renamed or removed.
type Spec struct {
	// Identifier: kinds compared by text (identifier, property_identifier,
	// field_identifier, type_identifier, ...).
	Identifier map[string]bool
	// String: string literal kinds. Their value is compared without regard
	// to quoting style; StringValue returns it.
	String map[string]bool
	// Paren: parenthesised-expression kinds the matcher sees through.
	Paren map[string]bool
	// Comment: kinds the matcher and taint engine skip.
	Comment map[string]bool
	// ExpressionStatement: wrapper kinds ("expression_statement") that are
	// unwrapped when a pattern is a bare expression.
	ExpressionStatement map[string]bool
	// Sequence: kinds whose children form a sequence in which a pattern
	// ellipsis may stand for any number of elements: argument lists,
	// parameter lists, statement blocks, arrays, objects, dicts.
	Sequence map[string]bool
	// Block: statement-sequence kinds (a subset of Sequence); a pattern of
	// several statements matches consecutive statements of a Block.
	Block map[string]bool
	// Call: call-expression kinds and the field names of callee and args.
	Call map[string]CallShape
	// KeywordArgument: name=value argument kinds.
	KeywordArgument map[string]PairShape
	// Member: attribute / member / selector / field access kinds.
	Member map[string]MemberShape
	// Assignment: assignment and declaration-with-initialiser kinds.
	Assignment map[string]PairShape
	// Function: function, method and lambda kinds.
	Function map[string]FunctionShape
	// If: conditional statement and expression kinds.
	If map[string]IfShape
	// Import: import statement kinds (for alias resolution).
	Import map[string]bool
	// Literal: constant literal kinds (numbers, booleans, null, strings
	// without interpolation); used by constant propagation.
	Literal map[string]bool
	// True / False: literal kinds or texts that are constant booleans.
	True, False map[string]bool
	// Return: return statement kinds.
	Return map[string]bool
	// Binary: binary-operator kinds (string concatenation, comparisons).
	Binary map[string]bool
	// Interpolation: the kinds of the embedded-expression parts of a
	// template / f-string (Python "interpolation" inside a "string",
	// JS/TS "template_substitution" inside a "template_string"). A String
	// node with such a child builds its value from expressions.
	Interpolation map[string]bool
	// Decorator: decorator / annotation kinds (used to find framework
	// request handlers).
	Decorator map[string]bool

	// Fields below were added by the lang adapter (issue 2).

	// AugmentedAssignment: compound assignment kinds (x += y); Left is
	// both read and written. Go has no separate kind: its
	// assignment_statement carries the operator as an unnamed child.
	AugmentedAssignment map[string]PairShape
	// Subscript: index / subscript access kinds (x[i]); Object is the
	// container, Property the index.
	Subscript map[string]MemberShape
	// Pair: key/value entry kinds of object, dict and composite literals
	// (Python dict pair, JS object pair, Java annotation element_value_pair,
	// Go keyed_element).
	Pair map[string]PairShape
	// Parameter: parameter kinds mapped to the field holding the
	// parameter's name ("" when the parameter node is itself the
	// identifier or has no name field).
	Parameter map[string]string
	// StringContent: kinds of the literal-text parts inside a String node
	// (string_content, string_fragment, escape_sequence, ...).
	//
	// In a pattern, a String node with Interpolation children (an f-string
	// or template such as f"...{$X}..." or `...${$X}...`) keeps its parts:
	// a StringContent part whose text is exactly "..." stands for any
	// text, interpolations included (an ellipsis over the parts); a part
	// that starts or ends with "..." (f"...SELECT {$X}") stands for any
	// text before or after the rest of its literal text; any other part is
	// literal text. The expression of an Interpolation part is an ordinary
	// pattern node, e.g. a $metavar. A String without Interpolation
	// children is compared by StringValue ("..." any string, "$X" a string
	// metavariable). See the sast/lang package doc.
	StringContent map[string]bool

	// Flow: control-flow kinds for the taint engine (sast/taint).
	Flow FlowSpec
}

// FlowSpec describes, for sast/taint's flow-sensitive walk, the statement
// kinds that the fields of Spec do not cover.
type FlowSpec struct {
	// Loop: loop kinds; their body runs zero or more times.
	Loop map[string]bool
	// ForEach: for-each kinds (or their header kinds) whose Left targets
	// take the elements of Right (Python for_statement, Go range_clause).
	ForEach map[string]PairShape
	// Arm: alternative-branch kinds (switch/match cases, catch/except and
	// finally clauses). Consecutive arms each start from the environment
	// before the first of them; the results are joined.
	Arm map[string]bool
	// Terminal: statement kinds after which the path ends, besides Return
	// (raise, throw).
	Terminal map[string]bool
	// Mutators: method names that store an argument into their receiver
	// (list.append(x), sb.append(x), b.WriteString(x)).
	Mutators map[string]bool
	// Tuple: target/value list and destructuring-pattern kinds. As a
	// target each variable inside is bound; when both sides of an
	// assignment are Tuple kinds of one length, element by element.
	Tuple map[string]bool

	// Fields below were added for guards and binders (issue 2, item 4).

	// Bind: constructs other than assignments that bind a name: Python
	// `with x as y` / `except E as e` (as_pattern), Java try-with-resources
	// (resource) and catch parameters, JS catch clauses. A kind applies
	// only when its Left child exists.
	Bind map[string]BindShape
	// Class: kinds whose function children are methods of one class
	// (Python class_definition, JS/TS/Java class_body, Java enum and
	// interface bodies).
	Class map[string]bool
	// Receiver: kinds, or identifier texts, that denote the current object
	// (this; Python self, cls). A Python method whose first parameter is
	// named so is called without it.
	Receiver map[string]bool
	// Variadic: parameter kinds taking the remaining positional arguments
	// (*args, ...rest, String... xs, xs ...int).
	Variadic map[string]bool
	// KeywordsParam: parameter kinds taking the keyword arguments no
	// other parameter names (**kwargs).
	KeywordsParam map[string]bool
	// Splat: argument kinds spreading a collection into several arguments
	// (*xs, **kw, ...xs, xs...).
	Splat map[string]bool
	// Jump: statements leaving the enclosing loop body or switch (break,
	// continue); the path goes on after the loop or switch.
	Jump map[string]bool
	// NoReturn: callee texts of calls that never return (abort(403),
	// sys.exit(1), os.Exit(1), panic(x), System.exit(1)); as a statement
	// they end the path.
	NoReturn map[string]bool
	// Switch: switch / match kinds mapped to the field of their
	// discriminant, which selects an arm but does not flow into the
	// value of a switch expression.
	Switch map[string]string
	// Collection: collection-literal kinds (list, dict, object, array,
	// Go literal_value and expression_list) and argument lists: when every
	// element is a constant, the collection is a constant, and looking
	// anything up in it gives a constant.
	Collection map[string]bool
	// Pure: callee texts building a collection from their arguments
	// (frozenset, Map.of, List.of, new Set): constant arguments give a
	// constant collection.
	Pure map[string]bool
	// Lookup: method names returning an element of their receiver chosen
	// by the first argument (dict.get(k, default), Map.get(k),
	// getOrDefault): on a constant collection the result is constant
	// unless a later argument (the default) is tainted.
	Lookup map[string]bool
	// Guard: validation checks; see GuardSpec.
	Guard GuardSpec
	// RegexReplace: regex replace-all calls, keyed by callee text
	// (re.sub) or method name (replaceAll); replacing a negated class of
	// safe characters ([^a-zA-Z0-9_-]) by "" sanitises the result.
	RegexReplace map[string]ReplaceShape
	// CondExpr: conditional-expression kinds without field names whose
	// named children are consequence, condition, alternative (Python
	// `a if c else b`); the condition guards the arms.
	CondExpr map[string]bool
}

// BindShape names the parts of a Bind construct.
type BindShape struct {
	Left  string // field of the bound target
	Right string // field of the value; "" = the first other unnamed-field child
	// Clean: the target is bound clean (exception variables), except
	// when the construct's parent is of kind CarriesIn (Python with_item).
	Clean     bool
	CarriesIn string
	NoValue   bool // the construct has no value part
}

// GuardSpec describes, for sast/taint, the calls that validate a value:
// in `if <check>: ...` the checked value is clean in the branch where the
// check passed, and after `if not <check>: return` on the fall-through
// path. Membership (x in C, x not in C), equality with a constant, and a
// lookup in a collection used as a condition are checks in every
// language; truthiness and length tests are not.
type GuardSpec struct {
	// ArgMethods: method names m for which C.m(x) validates its first
	// argument x against the receiver C (ALLOWED.has(x), set.contains(x),
	// list.includes(x), PATTERN.fullmatch(x), /^a+$/.test(x)).
	ArgMethods map[string]bool
	// RecvMethods: method names m for which x.m(...) validates the
	// receiver x (x.startswith(base), x.isdigit(), s.matches("[a-z]+")).
	RecvMethods map[string]bool
	// Funcs: callee texts f for which f(...) validates the argument at
	// the given index (slices.Contains(s, x): 1, filepath.IsLocal(x): 0).
	Funcs map[string]int
	// Anchored: callee texts (Funcs) or method names (ArgMethods) of regex
	// matches that only validate the whole value when the pattern is
	// anchored: a literal pattern (Funcs: argument 0; ArgMethods: the
	// receiver) must end with $ (or \Z, \z) and, unless the value is true
	// (Python re.match anchors at the start), start with ^ (or \A).
	Anchored map[string]bool
	// Equals: method names comparing receiver and argument for equality
	// (Java "a".equals(x)): the side that is not a constant is checked.
	Equals map[string]bool
	// Parse: callee texts whose result is a validated parse of their
	// argument and carries no taint (uuid.UUID(x), UUID.fromString(x)).
	Parse map[string]bool
}

// ReplaceShape locates the regex and the replacement among a replace
// call's arguments. Pattern -1: the receiver is a compile call whose
// first argument is the regex (regexp.MustCompile(p).ReplaceAllString).
// RegexLiteral: the pattern must be a regex literal (JS, where a string
// pattern is replaced literally); Global: and carry the g flag.
type ReplaceShape struct {
	Pattern, Replacement int
	RegexLiteral, Global bool
}

// CallShape names the fields of a call expression.
type CallShape struct {
	Function  string // field of the callee, e.g. "function"
	Arguments string // field of the argument list, e.g. "arguments"
	Object    string // for method-invocation kinds that keep the receiver in its own field (Java: "object")
	Name      string // and the method name (Java: "name")
}

// PairShape names the two sides of name=value or left=right kinds.
type PairShape struct {
	Left, Right string
}

// MemberShape names the object and property fields of a member access.
type MemberShape struct {
	Object, Property string
}

// FunctionShape names the fields of a function definition.
type FunctionShape struct {
	Name, Parameters, Body string
	Receiver               string // field of a Go method's receiver parameter list
}

// IfShape names the fields of a conditional.
type IfShape struct {
	Condition, Consequence, Alternative string
}
