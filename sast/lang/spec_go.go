package lang

// goSpec describes tree-sitter-go v0.25.0. A function body is a "block"
// whose only named child is a "statement_list" holding the statements.
// Strings are interpreted_string_literal (quotes included; children
// interpreted_string_literal_content / escape_sequence) and
// raw_string_literal (backticks; child raw_string_literal_content).
// Assignment sides are expression_list nodes. Go has no keyword arguments,
// no separate compound-assignment kind (x += y is an assignment_statement
// whose operator is an unnamed child), no interpolation and no decorators.
// Composite-literal elements are wrapped: keyed_element{key, value} of
// literal_element.
func goSpec() *Spec {
	return &Spec{
		Identifier:          set("identifier", "field_identifier", "type_identifier", "package_identifier", "label_name"),
		String:              set("interpreted_string_literal", "raw_string_literal"),
		Paren:               set("parenthesized_expression"),
		Comment:             set("comment"),
		ExpressionStatement: set("expression_statement"),
		Sequence: set("source_file", "block", "statement_list", "argument_list", "parameter_list",
			"literal_value", "expression_list", "import_spec_list", "field_declaration_list", "type_arguments"),
		Block: set("statement_list", "block"),
		Call:  map[string]CallShape{"call_expression": {Function: "function", Arguments: "arguments"}},
		// Go has no keyword arguments.
		KeywordArgument: map[string]PairShape{},
		Member:          map[string]MemberShape{"selector_expression": {Object: "operand", Property: "field"}},
		Assignment: map[string]PairShape{
			"assignment_statement":  {Left: "left", Right: "right"},
			"short_var_declaration": {Left: "left", Right: "right"},
			"var_spec":              {Left: "name", Right: "value"},
			"const_spec":            {Left: "name", Right: "value"},
		},
		Function: map[string]FunctionShape{
			"function_declaration": {Name: "name", Parameters: "parameters", Body: "body"},
			"method_declaration":   {Name: "name", Parameters: "parameters", Body: "body", Receiver: "receiver"},
			"func_literal":         {Parameters: "parameters", Body: "body"},
		},
		If:     map[string]IfShape{"if_statement": {Condition: "condition", Consequence: "consequence", Alternative: "alternative"}},
		Import: set("import_declaration", "import_spec"),
		Literal: set("int_literal", "float_literal", "imaginary_literal", "rune_literal",
			"interpreted_string_literal", "raw_string_literal", "true", "false", "nil", "iota"),
		True:                set("true"),
		False:               set("false"),
		Return:              set("return_statement"),
		Binary:              set("binary_expression"),
		Interpolation:       map[string]bool{},
		Decorator:           map[string]bool{},
		AugmentedAssignment: map[string]PairShape{},
		Subscript:           map[string]MemberShape{"index_expression": {Object: "operand", Property: "index"}},
		Pair:                map[string]PairShape{"keyed_element": {Left: "key", Right: "value"}},
		Parameter: map[string]string{
			"parameter_declaration": "name", "variadic_parameter_declaration": "name",
		},
		StringContent: set("interpreted_string_literal_content", "raw_string_literal_content", "escape_sequence"),
		Flow:          goFlow(),
	}
}

// goFlow is the control-flow data sast/taint needs for Go.
func goFlow() FlowSpec {
	return FlowSpec{
		Loop:         set("for_statement"),
		ForEach:      map[string]PairShape{"range_clause": {Left: "left", Right: "right"}},
		Arm:          set("expression_case", "default_case", "type_case", "communication_case"),
		Terminal:     map[string]bool{},
		Mutators:     set("WriteString", "Write", "WriteByte", "WriteRune", "Set", "Add", "Store"),
		Tuple:        set("expression_list"),
		Variadic:     set("variadic_parameter_declaration"),
		Splat:        set("variadic_argument"),
		Jump:         set("break_statement", "continue_statement"),
		RegexReplace: map[string]ReplaceShape{"ReplaceAllString": {Pattern: -1, Replacement: 1}},
		NoReturn: set("panic", "os.Exit", "log.Fatal", "log.Fatalf", "log.Fatalln", "log.Panic", "log.Panicf",
			"log.Panicln", "runtime.Goexit"),
		Switch:     map[string]string{"expression_switch_statement": "value"},
		Collection: set("literal_value", "literal_element", "composite_literal", "expression_list"),
		Guard: GuardSpec{
			ArgMethods:  set("MatchString", "Match"),
			RecvMethods: set("IsAbs"),
			Funcs: map[string]int{
				"slices.Contains": 1, "strings.HasPrefix": 0, "strings.HasSuffix": 0,
				"regexp.MatchString": 1, "regexp.Match": 1, "filepath.IsLocal": 0,
				"fs.ValidPath": 0,
			},
			Anchored: map[string]bool{"regexp.MatchString": false, "regexp.Match": false},
			Parse:    set("uuid.Parse", "uuid.MustParse", "netip.ParseAddr", "net.ParseIP"),
		},
	}
}
