package lang

// javaSpec describes tree-sitter-java v0.23.5. A method call is a
// method_invocation with fields object (absent for an unqualified call),
// name and arguments, so CallShape.Function is empty for it; "new T(..)"
// is an object_creation_expression {type, arguments}. Strings are
// string_literal (quotes included; children string_fragment /
// escape_sequence, or multiline_string_fragment for a """ text block).
// Annotation arguments (element_value_pair {key, value}) are the keyword
// arguments. x += y is an assignment_expression whose operator is an
// unnamed child, so AugmentedAssignment is empty. Java has no string
// interpolation.
func javaSpec() *Spec {
	return &Spec{
		Identifier:          set("identifier", "type_identifier"),
		String:              set("string_literal"),
		Paren:               set("parenthesized_expression"),
		Comment:             set("line_comment", "block_comment"),
		ExpressionStatement: set("expression_statement"),
		Sequence: set("program", "block", "constructor_body", "class_body", "interface_body", "enum_body",
			"argument_list", "formal_parameters", "array_initializer", "annotation_argument_list",
			"element_value_array_initializer", "switch_block_statement_group", "resource_specification"),
		Block: set("block", "constructor_body", "switch_block_statement_group"),
		Call: map[string]CallShape{
			"method_invocation":               {Object: "object", Name: "name", Arguments: "arguments"},
			"object_creation_expression":      {Function: "type", Arguments: "arguments"},
			"explicit_constructor_invocation": {Function: "constructor", Arguments: "arguments"},
		},
		KeywordArgument: map[string]PairShape{"element_value_pair": {Left: "key", Right: "value"}},
		Member:          map[string]MemberShape{"field_access": {Object: "object", Property: "field"}},
		Assignment: map[string]PairShape{
			"assignment_expression": {Left: "left", Right: "right"},
			"variable_declarator":   {Left: "name", Right: "value"},
		},
		Function: map[string]FunctionShape{
			"method_declaration":      {Name: "name", Parameters: "parameters", Body: "body"},
			"constructor_declaration": {Name: "name", Parameters: "parameters", Body: "body"},
			"lambda_expression":       {Parameters: "parameters", Body: "body"},
		},
		If: map[string]IfShape{
			"if_statement":       {Condition: "condition", Consequence: "consequence", Alternative: "alternative"},
			"ternary_expression": {Condition: "condition", Consequence: "consequence", Alternative: "alternative"},
		},
		Import: set("import_declaration"),
		Literal: set("decimal_integer_literal", "hex_integer_literal", "octal_integer_literal",
			"binary_integer_literal", "decimal_floating_point_literal", "hex_floating_point_literal",
			"string_literal", "character_literal", "true", "false", "null_literal"),
		True:                set("true"),
		False:               set("false"),
		Return:              set("return_statement"),
		Binary:              set("binary_expression"),
		Interpolation:       map[string]bool{},
		Decorator:           set("annotation", "marker_annotation"),
		AugmentedAssignment: map[string]PairShape{},
		Subscript:           map[string]MemberShape{"array_access": {Object: "array", Property: "index"}},
		Pair:                map[string]PairShape{"element_value_pair": {Left: "key", Right: "value"}},
		Parameter:           map[string]string{"formal_parameter": "name", "spread_parameter": ""},
		StringContent:       set("string_fragment", "multiline_string_fragment", "escape_sequence"),
		Flow:                javaFlow(),
	}
}

// javaFlow is the control-flow data sast/taint needs for Java.
func javaFlow() FlowSpec {
	return FlowSpec{
		Loop:     set("for_statement", "enhanced_for_statement", "while_statement", "do_statement"),
		ForEach:  map[string]PairShape{"enhanced_for_statement": {Left: "name", Right: "value"}},
		Arm:      set("switch_block_statement_group", "switch_rule", "catch_clause", "finally_clause"),
		Terminal: set("throw_statement"),
		Mutators: set("add", "addAll", "append", "insert", "put", "putAll", "push", "offer", "write", "print", "println", "set", "setProperty"),
		Tuple:    map[string]bool{},
		Bind: map[string]BindShape{
			"resource":               {Left: "name", Right: "value"},
			"catch_formal_parameter": {Left: "name", Clean: true, NoValue: true},
		},
		Class:        set("class_body", "enum_body_declarations", "interface_body"),
		Receiver:     set("this"),
		Variadic:     set("spread_parameter"),
		Jump:         set("break_statement", "continue_statement"),
		RegexReplace: map[string]ReplaceShape{"replaceAll": {Pattern: 0, Replacement: 1}},
		NoReturn:     set("System.exit", "Runtime.getRuntime().exit", "Runtime.getRuntime().halt"),
		Switch:       map[string]string{"switch_expression": "condition"},
		Collection:   set("array_initializer", "argument_list"),
		Pure: set("Map.of", "Set.of", "List.of", "Map.entry", "Map.ofEntries", "Arrays.asList",
			"Collections.unmodifiableMap", "Collections.unmodifiableSet", "Collections.unmodifiableList",
			"ImmutableMap.of", "ImmutableSet.of", "ImmutableList.of", "EnumSet.of"),
		Lookup: set("get", "getOrDefault"),
		Guard: GuardSpec{
			ArgMethods:  set("contains", "containsKey", "containsValue", "get", "isValid", "isAllowed"),
			RecvMethods: set("startsWith", "endsWith", "matches"),
			Equals:      set("equals", "equalsIgnoreCase"),
			Funcs: map[string]int{
				"Pattern.matches": 1, "StringUtils.isNumeric": 0, "StringUtils.isAlphanumeric": 0,
				"StringUtils.isAlpha": 0, "NumberUtils.isDigits": 0,
			},
			Parse: set("UUID.fromString"),
		},
	}
}
