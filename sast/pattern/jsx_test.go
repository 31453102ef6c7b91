package pattern

import "testing"

func TestJSX(t *testing.T) {
	src := `function A({ h, post }) {
  const notice = '<em>x</em>';
  return (
    <section>
      <div className="x" dangerouslySetInnerHTML={{ __html: h }} />
      <div dangerouslySetInnerHTML={{ __html: post.html }}></div>
      <p id="n" dangerouslySetInnerHTML={{ __html: notice }} />
      <span className="y" />
    </section>
  );
}
`
	runCases(t, []matchCase{
		{"attribute subset", "jsx", src, `<$EL dangerouslySetInnerHTML={{__html: $HTML}} />`,
			[]string{"L5 $EL=div $HTML=h", "L6 $EL=div $HTML=post.html", "L7 $EL=p $HTML=notice"}},
		{"attributes in any order", "jsx", src, `<$EL dangerouslySetInnerHTML={{__html: $HTML}} className="x" />`,
			[]string{"L5 $EL=div $HTML=h"}},
		{"constant html", "jsx", src, `<$E dangerouslySetInnerHTML={{__html: "..."}} />`, []string{"L7 $E=p"}},
		{"missing attribute", "jsx", src, `<span dangerouslySetInnerHTML={$X} />`, nil},
		{"name only", "jsx", src, `<span />`, []string{"L8"}},
		{"open close pattern", "jsx", src, `<div dangerouslySetInnerHTML={$X}>...</div>`, []string{"L6 $X={ __html: post.html }"}},
		{"tsx", "tsx", "const a = <div className=\"prose\" dangerouslySetInnerHTML={{ __html: post.html }} />;\n",
			`<$EL dangerouslySetInnerHTML={{__html: $HTML}} />`, []string{"L1 $EL=div $HTML=post.html"}},
	})
}

func TestAssignmentStatementMatchesDeclaration(t *testing.T) {
	src := "function f(source) {\n  const clean = DOMPurify.sanitize(source);\n  let other;\n  other = DOMPurify.sanitize(x);\n  return clean;\n}\n"
	runCases(t, []matchCase{
		{"declaration", "javascript", src, "$H = DOMPurify.sanitize(...);\n...", []string{"L2-5 $H=clean", "L4-5 $H=other"}},
		{"java local", "java", "class A { void f() { String s = clean(x); t = clean(y); } }\n", "$V = clean(...);\n...", []string{"L1 $V=s", "L1 $V=t"}},
	})
}
