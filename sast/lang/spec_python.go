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
		Bind: map[string]BindShape{
			"as_pattern": {Left: "alias", Clean: true, CarriesIn: "with_item"},
		},
		Class:         set("class_definition"),
		Receiver:      set("self", "cls"),
		Variadic:      set("list_splat_pattern"),
		KeywordsParam: set("dictionary_splat_pattern"),
		Splat:         set("list_splat", "dictionary_splat"),
		Jump:          set("break_statement", "continue_statement"),
		RegexReplace:  map[string]ReplaceShape{"re.sub": {Pattern: 0, Replacement: 1}},
		NoReturn: set("abort", "flask.abort", "exit", "quit", "sys.exit", "os._exit", "os.abort",
			"pytest.fail", "pytest.skip"),
		Switch:     map[string]string{"match_statement": "subject"},
		Collection: set("dictionary", "list", "tuple", "set", "argument_list", "expression_list"),
		Pure:       set("frozenset", "set", "dict", "tuple", "list", "MappingProxyType", "types.MappingProxyType"),
		Lookup:     set("get"),
		CondExpr:   set("conditional_expression"),
		Guard: GuardSpec{
			ArgMethods: set("get", "fullmatch", "match", "__contains__", "issuperset"),
			RecvMethods: set("startswith", "endswith", "isdigit", "isalnum", "isdecimal", "isnumeric",
				"isalpha", "isidentifier", "isascii", "is_relative_to", "issubset"),
			Funcs: map[string]int{
				"re.fullmatch": 1, "re.match": 1, "re.search": 1, "regex.fullmatch": 1,
				"url_has_allowed_host_and_scheme": 0, "is_safe_url": 0,
				"django.utils.http.url_has_allowed_host_and_scheme": 0,
				"validators.uuid": 0,
			},
			Anchored: map[string]bool{"re.match": true, "re.search": false, "match": true},
			Parse:    set("uuid.UUID", "UUID", "ipaddress.ip_address", "ipaddress.ip_network", "datetime.date.fromisoformat", "date.fromisoformat", "datetime.fromisoformat"),
		},
	}
}
