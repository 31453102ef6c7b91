package lang

func javaSpec() *Spec {
	return &Spec{}
}
