package pattern

import "testing"

func TestJavaDeclarations(t *testing.T) {
	src := `class A {
  private static final String DB_PASSWORD = "Sup3rS3cret!";
  private String stripeApiKey = "sk_live_51HxAbCdEfGh";
  protected int count = 3;
  void f() {
    String s = "z";
    final int n = 3;
  }
}
`
	runCases(t, []matchCase{
		{"string field or local", "java", src, `String $NAME = "$VALUE";`,
			[]string{"L2 $NAME=DB_PASSWORD $VALUE=Sup3rS3cret!", "L3 $NAME=stripeApiKey $VALUE=sk_live_51HxAbCdEfGh", "L6 $NAME=s $VALUE=z"}},
		{"any declaration", "java", src, `$T $NAME = $V;`,
			[]string{`L2 $NAME=DB_PASSWORD $T=String $V="Sup3rS3cret!"`, `L3 $NAME=stripeApiKey $T=String $V="sk_live_51HxAbCdEfGh"`,
				"L4 $NAME=count $T=int $V=3", `L6 $NAME=s $T=String $V="z"`, "L7 $NAME=n $T=int $V=3"}},
		{"modifier subset", "java", src, `final $T $NAME = $V;`,
			[]string{`L2 $NAME=DB_PASSWORD $T=String $V="Sup3rS3cret!"`, "L7 $NAME=n $T=int $V=3"}},
	})
}
