package lang

// pythonSpec describes tree-sitter-python v0.25.0. Strings are "string"
// nodes with children string_start (quote, with any r/b/u/f prefix),
// string_content and interpolation (f-strings) parts, and string_end.
func pythonSpec() *Spec {
	return &Spec{
		Identifier:          set("identifier"),
		String:              set("string", "concatenated_string"),
		Paren:               set("parenthesized_expression"),
		Comment:             set("comment"),
		ExpressionStatement: set("expression_statement"),
		Sequence: set("module", "block", "argument_list", "parameters", "lambda_parameters",
			"list", "tuple", "set", "dictionary", "expression_list", "pattern_list", "tuple_pattern",
			"list_pattern", "import_from_statement", "import_statement", "subscript"),
		Block: set("module", "block"),
		Call:  map[string]CallShape{"call": {Function: "function", Arguments: "arguments"}},
		KeywordArgument: map[string]PairShape{
			"keyword_argument": {Left: "name", Right: "value"},
		},
		Member: map[string]MemberShape{"attribute": {Object: "object", Property: "attribute"}},
		Assignment: map[string]PairShape{
			"assignment":       {Left: "left", Right: "right"},
			"named_expression": {Left: "name", Right: "value"},
		},
		Function: map[string]FunctionShape{
			"function_definition": {Name: "name", Parameters: "parameters", Body: "body"},
			"lambda":              {Parameters: "parameters", Body: "body"},
		},
		If: map[string]IfShape{
			"if_statement": {Condition: "condition", Consequence: "consequence", Alternative: "alternative"},
			"elif_clause":  {Condition: "condition", Consequence: "consequence"},
			// conditional_expression (a if c else b) has no fields: its
			// named children are consequence, condition, alternative.
		},
		Import:        set("import_statement", "import_from_statement", "future_import_statement"),
		Literal:       set("integer", "float", "true", "false", "none", "string", "concatenated_string"),
		True:          set("true"),
		False:         set("false"),
		Return:        set("return_statement"),
		Binary:        set("binary_operator", "boolean_operator", "comparison_operator"),
		Interpolation: set("interpolation"),
		Decorator:     set("decorator"),
		AugmentedAssignment: map[string]PairShape{
			"augmented_assignment": {Left: "left", Right: "right"},
		},
		Subscript: map[string]MemberShape{"subscript": {Object: "value", Property: "subscript"}},
		Pair:      map[string]PairShape{"pair": {Left: "key", Right: "value"}},
		Parameter: map[string]string{
			"identifier": "", "default_parameter": "name", "typed_parameter": "",
			"typed_default_parameter": "name", "list_splat_pattern": "", "dictionary_splat_pattern": "",
		},
		StringContent: set("string_content", "escape_sequence"),
		Flow:          pythonFlow(),
	}
}

// set builds a membership map from an explicit list.
func set(kinds ...string) map[string]bool {
	m := make(map[string]bool, len(kinds))
	for _, k := range kinds {
		m[k] = true
	}
	return m
}

// pythonFlow is the control-flow data sast/taint needs for Python.
func pythonFlow() FlowSpec {
	return FlowSpec{
		Loop:     set("for_statement", "while_statement", "list_comprehension", "set_comprehension", "dictionary_comprehension", "generator_expression"),
		ForEach:  map[string]PairShape{"for_statement": {Left: "left", Right: "right"}, "for_in_clause": {Left: "left", Right: "right"}},
		Arm:      set("case_clause", "except_clause", "except_group_clause", "finally_clause"),
		Terminal: set("raise_statement"),
		Mutators: set("append", "extend", "insert", "add", "update", "write", "writelines", "appendleft", "extendleft", "setdefault"),
		Tuple:    set("pattern_list", "expression_list", "tuple_pattern", "list_pattern", "tuple", "list"),
	}
}
