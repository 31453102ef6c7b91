package lang

func goSpec() *Spec {
	return &Spec{}
}
