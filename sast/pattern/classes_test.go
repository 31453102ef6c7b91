package pattern

import "testing"

// TestJSClassPatterns: class patterns with member ellipses, and class
// fields (with modifiers) as declarations an assignment pattern matches.
func TestJSClassPatterns(t *testing.T) {
	ts := `class K {
  private readonly apiKey = 'x';
  static token = "y";
  count = 3;
  gen(): string { return Math.random().toString(36); }
}
const a = "b";
`
	js := `class Session {
  secret = "hunter2";
  static #salt = 'pepper';
  id() { return Math.random(); }
  static make() {}
}
`
	runCases(t, []matchCase{
		{"ts class with method", "typescript", ts, `class $C { ... $F(...) { ... } ... }`, []string{"L1-6 $C=K $F=gen"}},
		{"ts typed method body", "typescript", ts, "class $C {\n  ...\n  $F(...) {\n    ...\n    return Math.random().toString(36);\n  }\n  ...\n}", []string{"L1-6 $C=K $F=gen"}},
		{"js class methods", "javascript", js, `class $C { ... $F(...) { ... } ... }`, []string{"L1-6 $C=Session $F=id", "L1-6 $C=Session $F=make"}},
		{"ts field with modifiers", "typescript", ts, `$N = "$V"`, []string{"L2 $N=apiKey $V=x", "L3 $N=token $V=y", "L7 $N=a $V=b"}},
		{"js fields", "javascript", js, `$N = "$V"`, []string{"L2 $N=secret $V=hunter2", "L3 $N=#salt $V=pepper"}},
		{"ts field by name", "typescript", ts, `apiKey = $V`, []string{"L2 $V='x'"}},
	})
}

// TestJavaMappingMethods: an annotation pattern with ellipses among its
// element pairs matches whatever the method's other annotations,
// modifiers, type parameters and throws clause.
func TestJavaMappingMethods(t *testing.T) {
	src := `@RestController
public class HelloController {
    @GetMapping(value = "/hello", produces = MediaType.TEXT_HTML_VALUE)
    public String hello(@RequestParam String name) throws IOException {
        return "<h1>Hello " + name + "</h1>";
    }
    @GetMapping(value = "/hello", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    public <T> String g(@RequestParam(name = "n", required = false) final String name) {
        return name;
    }
    public @GetMapping(produces = {MediaType.TEXT_HTML_VALUE}) String h(String name) {
        return name;
    }
    @GetMapping(value = "/plain")
    public String k(@RequestParam String name) { return name; }
}
`
	runCases(t, []matchCase{
		{"mapping with produces", "java", src, "@$MAPPING(..., produces = $TYPE, ...)\n$RET $M(...) { ... }", []string{
			"L3-6 $M=hello $MAPPING=GetMapping $RET=String $TYPE=MediaType.TEXT_HTML_VALUE",
			"L7-11 $M=g $MAPPING=GetMapping $RET=String $TYPE=MediaType.TEXT_HTML_VALUE",
			"L12-14 $M=h $MAPPING=GetMapping $RET=String $TYPE={MediaType.TEXT_HTML_VALUE}",
		}},
		{"public subset", "java", src, "@GetMapping(...)\npublic String $M(@RequestParam String $P) { ... }", []string{
			"L3-6 $M=hello $P=name", "L15-16 $M=k $P=name",
		}},
	})
}

// TestClassModifiersAndHeritage: a class pattern ignores modifiers,
// annotations, decorators and heritage clauses it does not spell out.
func TestClassModifiersAndHeritage(t *testing.T) {
	java := `public class TokenCipher {
    private static final byte[] FIXED_IV = "0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();
}
@Deprecated
final class Other { byte[] iv = new byte[16]; }
`
	ts := `@Injectable()
export class S extends Base implements I { x = 1 }
class T extends U {}
class V {}
`
	runCases(t, []matchCase{
		{"java field in class", "java", java, "class $C {\n  ...\n  byte[] $IV = \"...\".getBytes(...);\n  ...\n}",
			[]string{"L1-4 $C=TokenCipher $IV=FIXED_IV"}},
		{"java any class", "java", java, "class $C { ... }", []string{"L1-4 $C=TokenCipher", "L5-6 $C=Other"}},
		{"java public class", "java", java, "public class $C { ... }", []string{"L1-4 $C=TokenCipher"}},
		{"ts extends subset", "typescript", ts, "class $C extends $B { ... }", []string{"L2 $B=Base $C=S", "L3 $B=U $C=T"}},
		{"ts any class", "typescript", ts, "class $C { ... }", []string{"L2 $C=S", "L3 $C=T", "L4 $C=V"}},
	})
}
