package lang

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vouchsec/vouch/sast/ast"
)

var patternCases = []struct{ lang, pattern, want string }{
	{"python", "os.system($X)", "(call function:(attribute object:(identifier \"os\") attribute:(identifier \"system\")) arguments:(argument_list ($metavar $X)))"},
	{"python", "def $F(...): ...", "(function_definition name:($metavar $F) parameters:(parameters ($ellipsis)) body:(block ($ellipsis)))"},
	{"python", "f(..., shell=True, ...)", "(call function:(identifier \"f\") arguments:(argument_list ($ellipsis) (keyword_argument name:(identifier \"shell\") value:(true \"True\")) ($ellipsis)))"},
	{"python", "$X.$M(...)", "(call function:(attribute object:($metavar $X) attribute:($metavar $M)) arguments:(argument_list ($ellipsis)))"},
	{"python", "import $X", "(import_statement name:($metavar $X))"},
	{"python", "@app.route(...)", "(decorator (call function:(attribute object:(identifier \"app\") attribute:(identifier \"route\")) arguments:(argument_list ($ellipsis))))"},
	{"python", "@app.route(...)\ndef $F(...):\n    ...", "(decorated_definition (decorator (call function:(attribute object:(identifier \"app\") attribute:(identifier \"route\")) arguments:(argument_list ($ellipsis)))) definition:(function_definition name:($metavar $F) parameters:(parameters ($ellipsis)) body:(block ($ellipsis))))"},
	{"python", "$X = foo($Y)\nbar($X)", "($sequence (expression_statement (assignment left:($metavar $X) right:(call function:(identifier \"foo\") arguments:(argument_list ($metavar $Y))))) (expression_statement (call function:(identifier \"bar\") arguments:(argument_list ($metavar $X)))))"},
	{"python", "return $X", "(return_statement ($metavar $X))"},
	{"python", "if $C:\n    ...", "(if_statement condition:($metavar $C) consequence:(block ($ellipsis)))"},
	{"python", "eval(<... request.args ...>)", "(call function:(identifier \"eval\") arguments:(argument_list ($deep (attribute object:(identifier \"request\") attribute:(identifier \"args\")))))"},
	{"python", "f($...ARGS, \"$X\", \"...\")", "(call function:(identifier \"f\") arguments:(argument_list ($ellipsis $...ARGS) (string (string_start \"\\\"\") (string_content \"$X\") (string_end \"\\\"\")) (string (string_start \"\\\"\") (string_content \"...\") (string_end \"\\\"\"))))"},
	{"python", "from $M import $N", "(import_from_statement module_name:($metavar $M) name:($metavar $N))"},
	{"python", "$X == $X", "(comparison_operator ($metavar $X) ($metavar $X))"},
	{"python", "subprocess.run(..., shell=True)", "(call function:(attribute object:(identifier \"subprocess\") attribute:(identifier \"run\")) arguments:(argument_list ($ellipsis) (keyword_argument name:(identifier \"shell\") value:(true \"True\"))))"},
	{"javascript", "$X.exec(...)", "(call_expression function:(member_expression object:($metavar $X) property:(property_identifier \"exec\")) arguments:(arguments ($ellipsis)))"},
	{"javascript", "function $F(...) {...}", "(function_declaration name:($metavar $F) parameters:(formal_parameters ($ellipsis)) body:(statement_block ($ellipsis)))"},
	{"javascript", "{...}", "(object ($ellipsis))"},
	{"javascript", "{a: $X, ...}", "(object (pair key:(property_identifier \"a\") value:($metavar $X)) ($ellipsis))"},
	{"javascript", "$X = {...}", "(assignment_expression left:($metavar $X) right:(object ($ellipsis)))"},
	{"javascript", "foo(...args)", "(call_expression function:(identifier \"foo\") arguments:(arguments (spread_element (identifier \"args\"))))"},
	{"javascript", "const $X = require('child_process');", "(lexical_declaration (variable_declarator name:($metavar $X) value:(call_expression function:(identifier \"require\") arguments:(arguments (string (string_fragment \"child_process\"))))))"},
	{"javascript", "import $X from \"$M\";", "(import_statement (import_clause ($metavar $X)) source:(string (string_fragment \"$M\")))"},
	{"javascript", "res.send(`${$X}`)", "(call_expression function:(member_expression object:(identifier \"res\") property:(property_identifier \"send\")) arguments:(arguments (template_string (template_substitution ($metavar $X)))))"},
	{"javascript", "if ($C) { ... } else { ... }", "(if_statement condition:(parenthesized_expression ($metavar $C)) consequence:(statement_block ($ellipsis)) alternative:(else_clause (statement_block ($ellipsis))))"},
	{"javascript", "eval(<... req.query ...>);", "(call_expression function:(identifier \"eval\") arguments:(arguments ($deep (member_expression object:(identifier \"req\") property:(property_identifier \"query\")))))"},
	{"javascript", "$F(...);\n$G($...ARGS);", "($sequence (expression_statement (call_expression function:($metavar $F) arguments:(arguments ($ellipsis)))) (expression_statement (call_expression function:($metavar $G) arguments:(arguments ($ellipsis $...ARGS)))))"},
	{"javascript", "return $X;", "(return_statement ($metavar $X))"},
	{"javascript", "@Component(...)", "(decorator (call_expression function:(identifier \"Component\") arguments:(arguments ($ellipsis))))"},
	{"javascript", "[..., $X, ...]", "(array ($ellipsis) ($metavar $X) ($ellipsis))"},
	{"javascript", "x => x", "(arrow_function parameter:(identifier \"x\") body:(identifier \"x\"))"},
	{"typescript", "function $F(...) {...}", "(function_declaration name:($metavar $F) parameters:(formal_parameters ($ellipsis)) body:(statement_block ($ellipsis)))"},
	{"typescript", "$X.query(`...${$Y}...`)", "(call_expression function:(member_expression object:($metavar $X) property:(property_identifier \"query\")) arguments:(arguments (template_string (string_fragment \"...\") (template_substitution ($metavar $Y)) (string_fragment \"...\"))))"},
	{"typescript", "@Controller(...)", "(decorator (call_expression function:(identifier \"Controller\") arguments:(arguments ($ellipsis))))"},
	{"typescript", "let $X: $T = $Y;", "(lexical_declaration (variable_declarator name:($metavar $X) type:(type_annotation ($metavar $T)) value:($metavar $Y)))"},
	{"typescript", "{...}", "(object ($ellipsis))"},
	{"go", "exec.Command($CMD, ...)", "(call_expression function:(selector_expression operand:(identifier \"exec\") field:(field_identifier \"Command\")) arguments:(argument_list ($metavar $CMD) ($ellipsis)))"},
	{"go", "func $F(...) {...}", "(function_declaration name:($metavar $F) parameters:(parameter_list ($ellipsis)) body:(block (statement_list ($ellipsis))))"},
	{"go", "$X := $Y", "(short_var_declaration left:(expression_list ($metavar $X)) right:(expression_list ($metavar $Y)))"},
	{"go", "if err != nil { ... }", "(if_statement condition:(binary_expression left:(identifier \"err\") right:(nil \"nil\")) consequence:(block (statement_list ($ellipsis))))"},
	{"go", "import \"os/exec\"", "(import_declaration (import_spec path:(interpreted_string_literal (interpreted_string_literal_content \"os/exec\"))))"},
	{"go", "$DB.Query(<... $R.URL ...>)", "(call_expression function:(selector_expression operand:($metavar $DB) field:(field_identifier \"Query\")) arguments:(argument_list ($deep (selector_expression operand:($metavar $R) field:(field_identifier \"URL\")))))"},
	{"go", "$T{..., InsecureSkipVerify: true, ...}", "(composite_literal type:($metavar $T) body:(literal_value ($ellipsis) (keyed_element key:(literal_element (identifier \"InsecureSkipVerify\")) value:(literal_element (true \"true\"))) ($ellipsis)))"},
	{"go", "f(args...)", "(call_expression function:(identifier \"f\") arguments:(argument_list (variadic_argument (identifier \"args\"))))"},
	{"go", "return $X", "(return_statement (expression_list ($metavar $X)))"},
	{"go", "$X := md5.New()\n$X.Write(...)", "($sequence (short_var_declaration left:(expression_list ($metavar $X)) right:(expression_list (call_expression function:(selector_expression operand:(identifier \"md5\") field:(field_identifier \"New\")) arguments:(argument_list \"()\")))) (expression_statement (call_expression function:(selector_expression operand:($metavar $X) field:(field_identifier \"Write\")) arguments:(argument_list ($ellipsis)))))"},
	{"go", "http.HandleFunc($P, func($W http.ResponseWriter, $R *http.Request) { ... })", "(call_expression function:(selector_expression operand:(identifier \"http\") field:(field_identifier \"HandleFunc\")) arguments:(argument_list ($metavar $P) (func_literal parameters:(parameter_list (parameter_declaration name:($metavar $W) type:(qualified_type package:(package_identifier \"http\") name:(type_identifier \"ResponseWriter\"))) (parameter_declaration name:($metavar $R) type:(pointer_type (qualified_type package:(package_identifier \"http\") name:(type_identifier \"Request\"))))) body:(block (statement_list ($ellipsis))))))"},
	{"go", "f($...A)", "(call_expression function:(identifier \"f\") arguments:(argument_list ($ellipsis $...A)))"},
	{"java", "Runtime.getRuntime().exec($X)", "(method_invocation object:(method_invocation object:(identifier \"Runtime\") name:(identifier \"getRuntime\") arguments:(argument_list \"()\")) name:(identifier \"exec\") arguments:(argument_list ($metavar $X)))"},
	{"java", "$X.$M(...)", "(method_invocation object:($metavar $X) name:($metavar $M) arguments:(argument_list ($ellipsis)))"},
	{"java", "new ObjectInputStream(...)", "(object_creation_expression type:(type_identifier \"ObjectInputStream\") arguments:(argument_list ($ellipsis)))"},
	{"java", "$T $M(...) { ... }", "(method_declaration type:($metavar $T) name:($metavar $M) parameters:(formal_parameters ($ellipsis)) body:(block ($ellipsis)))"},
	{"java", "@RequestMapping(...)", "(annotation name:(identifier \"RequestMapping\") arguments:(annotation_argument_list ($ellipsis)))"},
	{"java", "@RequestMapping(...)\npublic $T $M(...) { ... }", "(method_declaration (modifiers (annotation name:(identifier \"RequestMapping\") arguments:(annotation_argument_list ($ellipsis)))) type:($metavar $T) name:($metavar $M) parameters:(formal_parameters ($ellipsis)) body:(block ($ellipsis)))"},
	{"java", "import java.security.MessageDigest;", "(import_declaration (scoped_identifier scope:(scoped_identifier scope:(identifier \"java\") name:(identifier \"security\")) name:(identifier \"MessageDigest\")))"},
	{"java", "MessageDigest.getInstance(\"MD5\")", "(method_invocation object:(identifier \"MessageDigest\") name:(identifier \"getInstance\") arguments:(argument_list (string_literal (string_fragment \"MD5\"))))"},
	{"java", "String $S = \"...\" + $X;", "(local_variable_declaration type:(type_identifier \"String\") declarator:(variable_declarator name:($metavar $S) value:(binary_expression left:(string_literal (string_fragment \"...\")) right:($metavar $X))))"},
	{"java", "$ST.executeQuery(<... $X ...>);", "(method_invocation object:($metavar $ST) name:(identifier \"executeQuery\") arguments:(argument_list ($deep ($metavar $X))))"},
	{"java", "if ($C) { ... }", "(if_statement condition:(parenthesized_expression ($metavar $C)) consequence:(block ($ellipsis)))"},
	{"java", "return $X;", "(return_statement ($metavar $X))"},
	{"java", "class $C { ... }", "(class_declaration name:($metavar $C) body:(class_body ($ellipsis)))"},
	{"java", "void foo(String... args) {}", "(method_declaration type:(void_type \"void\") name:(identifier \"foo\") parameters:(formal_parameters (spread_parameter (type_identifier \"String\") (variable_declarator name:(identifier \"args\")))) body:(block \"{}\"))"},
	{"java", "$A = 1;\n$B = 2;", "($sequence (expression_statement (assignment_expression left:($metavar $A) right:(decimal_integer_literal \"1\"))) (expression_statement (assignment_expression left:($metavar $B) right:(decimal_integer_literal \"2\"))))"},
	// Dict, set, tuple and composite-literal ellipses; f-strings; generics.
	{"python", "{..., \"$where\": $CODE, ...}", "(dictionary ($ellipsis) (pair key:(string (string_start \"\\\"\") (string_content \"$where\") (string_end \"\\\"\")) value:($metavar $CODE)) ($ellipsis))"},
	{"python", "jwt.decode(..., options={..., \"verify_signature\": False, ...}, ...)", "(call function:(attribute object:(identifier \"jwt\") attribute:(identifier \"decode\")) arguments:(argument_list ($ellipsis) (keyword_argument name:(identifier \"options\") value:(dictionary ($ellipsis) (pair key:(string (string_start \"\\\"\") (string_content \"verify_signature\") (string_end \"\\\"\")) value:(false \"False\")) ($ellipsis))) ($ellipsis)))"},
	{"python", "{..., \"$NAME\": \"$VALUE\", ...}", "(dictionary ($ellipsis) (pair key:(string (string_start \"\\\"\") (string_content \"$NAME\") (string_end \"\\\"\")) value:(string (string_start \"\\\"\") (string_content \"$VALUE\") (string_end \"\\\"\"))) ($ellipsis))"},
	{"python", "CORS(..., resources={..., $P: {..., \"origins\": \"*\", ...}, ...}, ...)", "(call function:(identifier \"CORS\") arguments:(argument_list ($ellipsis) (keyword_argument name:(identifier \"resources\") value:(dictionary ($ellipsis) (pair key:($metavar $P) value:(dictionary ($ellipsis) (pair key:(string (string_start \"\\\"\") (string_content \"origins\") (string_end \"\\\"\")) value:(string (string_start \"\\\"\") (string_content \"*\") (string_end \"\\\"\"))) ($ellipsis))) ($ellipsis))) ($ellipsis)))"},
	{"python", "x = {..., **$REST}", "(assignment left:(identifier \"x\") right:(dictionary ($ellipsis) (dictionary_splat ($metavar $REST))))"},
	{"python", "{..., $X, ...}", "(set ($ellipsis) ($metavar $X) ($ellipsis))"},
	{"python", "(..., $X, ...)", "(tuple ($ellipsis) ($metavar $X) ($ellipsis))"},
	{"python", "f\"...{$X}...\"", "(string (string_start \"f\\\"\") (string_content \"...\") (interpolation expression:($metavar $X)) (string_content \"...\") (string_end \"\\\"\"))"},
	{"python", "f\"SELECT {$X}\"", "(string (string_start \"f\\\"\") (string_content \"SELECT \") (interpolation expression:($metavar $X)) (string_end \"\\\"\"))"},
	{"python", "f\"{$X}\"", "(string (string_start \"f\\\"\") (interpolation expression:($metavar $X)) (string_end \"\\\"\"))"},
	{"python", "f\"...\"", "(string (string_start \"f\\\"\") (string_content \"...\") (string_end \"\\\"\"))"},
	{"python", "f\"{$X!r:>10} {{lit}}\"", "(string (string_start \"f\\\"\") (interpolation expression:($metavar $X) type_conversion:(type_conversion \"!r\") format_specifier:(format_specifier \":>10\")) (string_content (escape_interpolation \"{{\") (escape_interpolation \"}}\")) (string_end \"\\\"\"))"},
	{"python", "rf\"\"\"...{$X}...\"\"\"", "(string (string_start \"rf\\\"\\\"\\\"\") (string_content \"...\") (interpolation expression:($metavar $X)) (string_content \"...\") (string_end \"\\\"\\\"\\\"\"))"},
	{"python", "$X // $Y", "(binary_operator left:($metavar $X) right:($metavar $Y))"},
	{"javascript", "foo({..., key: $V, ...})", "(call_expression function:(identifier \"foo\") arguments:(arguments (object ($ellipsis) (pair key:(property_identifier \"key\") value:($metavar $V)) ($ellipsis))))"},
	{"javascript", "`...${$X}...`", "(template_string (string_fragment \"...\") (template_substitution ($metavar $X)) (string_fragment \"...\"))"},
	{"javascript", "function ($EVT) { ... if (<... $EVT.origin ...>) { ... } ... }", "(function_expression parameters:(formal_parameters ($metavar $EVT)) body:(statement_block ($ellipsis) (if_statement condition:(parenthesized_expression ($deep (member_expression object:($metavar $EVT) property:(property_identifier \"origin\")))) consequence:(statement_block ($ellipsis))) ($ellipsis)))"},
	{"go", "&tls.Config{..., InsecureSkipVerify: true, ...}", "(unary_expression operand:(composite_literal type:(qualified_type package:(package_identifier \"tls\") name:(type_identifier \"Config\")) body:(literal_value ($ellipsis) (keyed_element key:(literal_element (identifier \"InsecureSkipVerify\")) value:(literal_element (true \"true\"))) ($ellipsis))))"},
	{"java", "new String[]{..., $X, ...}", "(array_creation_expression type:(type_identifier \"String\") dimensions:(dimensions \"[]\") value:(array_initializer ($ellipsis) ($metavar $X) ($ellipsis)))"},
	{"java", "@CrossOrigin(origins = \"*\", ...)", "(annotation name:(identifier \"CrossOrigin\") arguments:(annotation_argument_list (element_value_pair key:(identifier \"origins\") value:(string_literal (string_fragment \"*\"))) ($ellipsis)))"},
	{"java", "List<$T> $X = ...;", "(local_variable_declaration type:(generic_type (type_identifier \"List\") (type_arguments ($metavar $T))) declarator:(variable_declarator name:($metavar $X) value:($ellipsis)))"},
	{"java", "List<...> $X = ...;", "(local_variable_declaration type:(generic_type (type_identifier \"List\") (type_arguments ($ellipsis))) declarator:(variable_declarator name:($metavar $X) value:($ellipsis)))"},
	{"java", "Map<String, ...> $M", "(local_variable_declaration type:(generic_type (type_identifier \"Map\") (type_arguments (type_identifier \"String\") ($ellipsis))) declarator:(variable_declarator name:($metavar $M)))"},
	{"java", "$RET $METHOD(..., @$ANN $TYPE $SRC, ...) { ... }", "(method_declaration type:($metavar $RET) name:($metavar $METHOD) parameters:(formal_parameters ($ellipsis) (formal_parameter (modifiers (marker_annotation name:($metavar $ANN))) type:($metavar $TYPE) name:($metavar $SRC)) ($ellipsis)) body:(block ($ellipsis)))"},
	{"java", "class $C {\n  ...\n  byte[] $IV = {...};\n  ...\n}", "(class_declaration name:($metavar $C) body:(class_body ($ellipsis) (field_declaration type:(array_type element:(integral_type \"byte\") dimensions:(dimensions \"[]\")) declarator:(variable_declarator name:($metavar $IV) value:(array_initializer ($ellipsis)))) ($ellipsis)))"},
	{"java", "$T $M(...) { ... foo(); ... }", "(method_declaration type:($metavar $T) name:($metavar $M) parameters:(formal_parameters ($ellipsis)) body:(block ($ellipsis) (expression_statement (method_invocation name:(identifier \"foo\") arguments:(argument_list \"()\"))) ($ellipsis)))"},
	{"typescript", "let $X: Array<...> = ...;", "(lexical_declaration (variable_declarator name:($metavar $X) type:(type_annotation (generic_type name:(type_identifier \"Array\") type_arguments:(type_arguments ($ellipsis)))) value:($ellipsis)))"},
	{"typescript", "foo(<... $X ...>)", "(call_expression function:(identifier \"foo\") arguments:(arguments ($deep ($metavar $X))))"},
}

func TestParsePattern(t *testing.T) {
	r := NewRegistry()
	for _, tc := range patternCases {
		t.Run(tc.lang+"/"+tc.pattern, func(t *testing.T) {
			tr, err := r.Lookup(tc.lang).ParsePattern(tc.pattern)
			if err != nil {
				t.Fatalf("ParsePattern: %v", err)
			}
			if diff := cmp.Diff(tc.want, ast.Sexp(tr, tr.Root)); diff != "" {
				t.Errorf("tree (-want +got):\n%s", diff)
			}
			checkInvariants(t, tr)
		})
	}
}

// TestParsePatternRanges checks that pattern nodes point into the original
// pattern text: a metavariable's range covers "$X" itself.
func TestParsePatternRanges(t *testing.T) {
	r := NewRegistry()
	for _, tc := range []struct{ lang, pattern, node, text string }{
		{"python", "os.system($CMD, ...)", ast.TypeMetavar, "$CMD"},
		{"python", "os.system($CMD, ...)", ast.TypeEllipsis, "..."},
		{"go", "exec.Command($...ARGS)", ast.TypeEllipsis, "$...ARGS"},
		{"java", "$T $M(...) {\n  foo($X);\n}", ast.TypeMetavar, "$T"},
		{"javascript", "eval(<... $X ...>)", ast.TypeDeep, "<... $X ...>"},
		{"python", "{..., \"a\": $X}", ast.TypeEllipsis, "..."}, // rewritten to **__vouch_e0_
		{"python", "f\"a{$X}b\"", ast.TypeMetavar, "$X"},
		{"java", "@A(x = 1, $...REST)", ast.TypeEllipsis, "$...REST"}, // rewritten to __vouch_e0_=__vouch_T
		{"java", "void f(int a, ...) {}", ast.TypeEllipsis, "..."},
		{"javascript", "function f() { ... return 1; }", ast.TypeEllipsis, "..."}, // rewritten to __vouch_e0_;
	} {
		tr, err := r.Lookup(tc.lang).ParsePattern(tc.pattern)
		if err != nil {
			t.Fatalf("%s: %v", tc.pattern, err)
		}
		var got *ast.Node
		ast.Walk(tr.Root, func(n *ast.Node) bool {
			if got == nil && n.Type == tc.node {
				got = n
			}
			return got == nil
		})
		if got == nil {
			t.Fatalf("%s: no %s node", tc.pattern, tc.node)
		}
		if tr.Text(got) != tc.text {
			t.Errorf("%s: %s covers %q, want %q", tc.pattern, tc.node, tr.Text(got), tc.text)
		}
		if tr.Text(tr.Root) != strings.TrimSpace(tc.pattern) {
			t.Errorf("%s: root covers %q", tc.pattern, tr.Text(tr.Root))
		}
	}
	// Points are relative to the pattern: the call on line 2 starts at row 1.
	tr, err := r.Lookup("java").ParsePattern("$T $M(...) {\n  foo($X);\n}")
	if err != nil {
		t.Fatal(err)
	}
	var call *ast.Node
	ast.Walk(tr.Root, func(n *ast.Node) bool {
		if n.Type == "method_invocation" {
			call = n
		}
		return true
	})
	if call == nil || call.Start != (ast.Point{Row: 1, Col: 2}) {
		t.Errorf("method_invocation at %+v, want row 1 col 2", call)
	}
}

func TestParsePatternErrors(t *testing.T) {
	r := NewRegistry()
	for _, tc := range []struct{ lang, pattern, want string }{
		{"python", "", "empty"},
		{"python", "f(\n  x +", "line 2"},
		{"go", "func (", "syntax error at line 1"},
		{"java", "foo(;", "java pattern \"foo(;\""},
		{"javascript", "a b c d", "syntax error"},
		{"python", strings.Repeat("{...: ", 20000), "limit"},
		{"python", "{..., \"a\": }", "line 1, column 13"},
		{"java", "@A(x = 1, ..., y)", "syntax error"},
	} {
		_, err := r.Lookup(tc.lang).ParsePattern(tc.pattern)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s %q: err %v, want it to contain %q", tc.lang, tc.pattern, err, tc.want)
		}
	}
}
