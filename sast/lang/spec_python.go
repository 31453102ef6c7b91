package lang

func pythonSpec() *Spec {
	return &Spec{}
}
