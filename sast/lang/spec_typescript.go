package lang

// typescriptSpec describes tree-sitter-typescript v0.23.2 (typescript and
// tsx share it): the JavaScript spec plus type_identifier and TS parameter
// wrappers (required_parameter / optional_parameter with field "pattern").
func typescriptSpec() *Spec {
	return jsSpec(true)
}
