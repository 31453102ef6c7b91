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
}

// IfShape names the fields of a conditional.
type IfShape struct {
	Condition, Consequence, Alternative string
}
