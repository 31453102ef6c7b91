package lang

func typescriptSpec() *Spec {
	return &Spec{}
}
