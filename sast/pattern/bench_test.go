package pattern

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// benchPatterns is a rule-set-like mix of Python patterns.
var benchPatterns = []string{
	"subprocess.call(..., shell=True, ...)", "subprocess.Popen(...)", "os.system($X)", "eval($X)", "exec(...)",
	"pickle.loads(...)", "yaml.load($X)", "hashlib.md5(...)", "hashlib.sha1(...)", "random.random()",
	"requests.get(..., verify=False, ...)", "$X = input(...)", "open($P, 'w')", "tempfile.mktemp(...)",
	"os.chmod($P, $M)", "flask.render_template_string(...)", "$C.execute($Q % ...)", "$C.execute(f\"...\")",
	"jwt.decode(..., verify=False)", "app.run(..., debug=True, ...)", "def $F(...):\n    ...\n    eval($X)",
	"$X = source()\n...\nsink($X)", "marshal.loads(...)", "logging.info(<... password ...>)", "ssl._create_unverified_context()",
	"xml.etree.ElementTree.parse(...)", "urllib.request.urlopen($U)", "$R.headers['Access-Control-Allow-Origin'] = '*'",
	"return $X", "foo($X, $X)",
}

func benchSource(lines int) string {
	var b strings.Builder
	b.WriteString("import os\nimport subprocess as sp\nfrom hashlib import md5\n")
	for i := 0; b.Len() < lines*30 && strings.Count(b.String(), "\n") < lines; i++ {
		fmt.Fprintf(&b, "def handler_%d(request, x):\n", i)
		fmt.Fprintf(&b, "    data = request.args.get('q%d')\n", i)
		fmt.Fprintf(&b, "    if data and len(data) > %d:\n", i%7)
		fmt.Fprintf(&b, "        sp.call(['ls', data], shell=%s)\n", map[bool]string{true: "True", false: "False"}[i%5 == 0])
		fmt.Fprintf(&b, "    result = compute(data, x, key=%d)\n", i)
		fmt.Fprintf(&b, "    logging.info('done %%s', result)\n")
		fmt.Fprintf(&b, "    h = md5(data.encode()).hexdigest()\n")
		fmt.Fprintf(&b, "    return {'ok': True, 'h': h, 'n': [1, 2, 3]}\n\n")
	}
	return b.String()
}

func BenchmarkMatch(b *testing.B) {
	l := registry.Lookup("python")
	src := benchSource(10000)
	lines := strings.Count(src, "\n")
	tr, err := l.Parse(context.Background(), []byte(src))
	if err != nil {
		b.Fatal(err)
	}
	var pats []*Pattern
	for _, s := range benchPatterns {
		p, err := Compile(l, s)
		if err != nil {
			b.Fatalf("%q: %v", s, err)
		}
		pats = append(pats, p)
	}
	b.ResetTimer()
	b.ReportAllocs()
	total := 0
	for i := 0; i < b.N; i++ {
		ix := NewIndex(l, tr)
		for _, p := range pats {
			ms, err := p.MatchIndex(context.Background(), ix)
			if err != nil {
				b.Fatal(err)
			}
			total += len(ms)
		}
	}
	b.ReportMetric(float64(lines*b.N)/b.Elapsed().Seconds(), "lines/s")
	if total == 0 {
		b.Fatal("no matches")
	}
}
