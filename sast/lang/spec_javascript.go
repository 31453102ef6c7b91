package lang

// javascriptSpec describes tree-sitter-javascript v0.25.0. Strings are
// "string" (quotes included, children string_fragment / escape_sequence)
// and "template_string" (backticks, children string_fragment,
// escape_sequence and template_substitution). JavaScript has no keyword
// arguments: KeywordArgument is empty; options objects are "object" nodes
// of "pair"s.
func javascriptSpec() *Spec {
	return jsSpec(false)
}

// jsSpec is shared by JavaScript and TypeScript/TSX (ts adds type nodes).
func jsSpec(ts bool) *Spec {
	s := &Spec{
		Identifier: set("identifier", "property_identifier", "shorthand_property_identifier",
			"shorthand_property_identifier_pattern", "private_property_identifier", "statement_identifier"),
		String:              set("string", "template_string"),
		Paren:               set("parenthesized_expression"),
		Comment:             set("comment", "html_comment"),
		ExpressionStatement: set("expression_statement"),
		Sequence: set("program", "statement_block", "arguments", "formal_parameters", "array", "object",
			"object_pattern", "array_pattern", "class_body", "named_imports", "switch_body"),
		Block: set("program", "statement_block"),
		Call: map[string]CallShape{
			"call_expression": {Function: "function", Arguments: "arguments"},
			"new_expression":  {Function: "constructor", Arguments: "arguments"},
		},
		KeywordArgument: map[string]PairShape{},
		Member:          map[string]MemberShape{"member_expression": {Object: "object", Property: "property"}},
		Assignment: map[string]PairShape{
			"assignment_expression": {Left: "left", Right: "right"},
			"variable_declarator":   {Left: "name", Right: "value"},
		},
		// arrow_function with one bare parameter (x => x) has field
		// "parameter" instead of "parameters".
		Function: map[string]FunctionShape{
			"function_declaration":           {Name: "name", Parameters: "parameters", Body: "body"},
			"function_expression":            {Name: "name", Parameters: "parameters", Body: "body"},
			"generator_function_declaration": {Name: "name", Parameters: "parameters", Body: "body"},
			"generator_function":             {Name: "name", Parameters: "parameters", Body: "body"},
			"arrow_function":                 {Parameters: "parameters", Body: "body"},
			"method_definition":              {Name: "name", Parameters: "parameters", Body: "body"},
		},
		// if_statement's alternative is an else_clause wrapping the statement;
		// its condition is a parenthesized_expression.
		If: map[string]IfShape{
			"if_statement":       {Condition: "condition", Consequence: "consequence", Alternative: "alternative"},
			"ternary_expression": {Condition: "condition", Consequence: "consequence", Alternative: "alternative"},
		},
		Import:        set("import_statement"),
		Literal:       set("number", "string", "template_string", "true", "false", "null", "undefined", "regex"),
		True:          set("true"),
		False:         set("false"),
		Return:        set("return_statement"),
		Binary:        set("binary_expression"),
		Interpolation: set("template_substitution"),
		Decorator:     set("decorator"),
		AugmentedAssignment: map[string]PairShape{
			"augmented_assignment_expression": {Left: "left", Right: "right"},
		},
		Subscript: map[string]MemberShape{"subscript_expression": {Object: "object", Property: "index"}},
		Pair:      map[string]PairShape{"pair": {Left: "key", Right: "value"}},
		Parameter: map[string]string{
			"identifier": "", "assignment_pattern": "left", "rest_pattern": "",
			"object_pattern": "", "array_pattern": "",
		},
		StringContent: set("string_fragment", "escape_sequence"),
		Flow:          jsFlow(),
	}
	if ts {
		s.Identifier["type_identifier"] = true
		s.Parameter["required_parameter"] = "pattern"
		s.Parameter["optional_parameter"] = "pattern"
		s.Function["function_signature"] = FunctionShape{Name: "name", Parameters: "parameters"}
	}
	return s
}

// jsFlow is the control-flow data sast/taint needs for JavaScript and
// TypeScript.
func jsFlow() FlowSpec {
	return FlowSpec{
		Loop:     set("for_statement", "for_in_statement", "while_statement", "do_statement"),
		ForEach:  map[string]PairShape{"for_in_statement": {Left: "left", Right: "right"}},
		Arm:      set("switch_case", "switch_default", "catch_clause", "finally_clause"),
		Terminal: set("throw_statement"),
		Mutators: set("push", "unshift", "splice", "concat", "add", "set", "append", "write", "assign"),
		Tuple:    set("array_pattern", "array", "object_pattern"),
		Bind: map[string]BindShape{
			"catch_clause": {Left: "parameter", Clean: true, NoValue: true},
		},
		Class:    set("class_body"),
		Receiver: set("this"),
		Variadic: set("rest_pattern"),
		Splat:    set("spread_element"),
		Jump:     set("break_statement", "continue_statement"),
		RegexReplace: map[string]ReplaceShape{
			"replace":    {Pattern: 0, Replacement: 1, RegexLiteral: true, Global: true},
			"replaceAll": {Pattern: 0, Replacement: 1, RegexLiteral: true},
		},
		NoReturn:   set("process.exit", "redirect", "permanentRedirect", "notFound", "unauthorized", "forbidden"), // next/navigation: throw
		Switch:     map[string]string{"switch_statement": "value"},
		Collection: set("object", "array", "arguments"),
		Pure:       set("Set", "Map", "Object.freeze", "Object.fromEntries"),
		Lookup:     set("get"),
		Guard: GuardSpec{
			ArgMethods:  set("has", "includes", "test", "hasOwnProperty", "isValid"),
			RecvMethods: set("startsWith", "endsWith"),
			Funcs: map[string]int{
				"Number.isInteger": 0, "Number.isSafeInteger": 0, "Number.isFinite": 0,
				"validator.isUUID": 0, "validator.isInt": 0, "validator.isNumeric": 0, "validator.isAlphanumeric": 0,
				"isUUID": 0, "uuidValidate": 0,
				"Object.hasOwn": 1, "Object.prototype.hasOwnProperty.call": 1,
			},
			Anchored: map[string]bool{"test": false},
		},
	}
}
