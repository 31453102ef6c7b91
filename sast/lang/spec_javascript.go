package lang

func javascriptSpec() *Spec {
	return &Spec{}
}
