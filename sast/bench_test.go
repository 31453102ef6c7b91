package sast

import (
	"bytes"
	"context"
	"io/fs"
	"path"
	"testing"

	"github.com/vouchsec/vouch/analysis"
	"github.com/vouchsec/vouch/finding"
	"github.com/vouchsec/vouch/rules"
	"github.com/vouchsec/vouch/sast/lang"
	"github.com/vouchsec/vouch/sast/rule"
)

// BenchmarkBuiltin runs every built-in rule that compiles over the
// concatenated test files of each language (parse time excluded) and
// reports lines/s.
func BenchmarkBuiltin(b *testing.B) {
	ctx := context.Background()
	reg := lang.NewRegistry()
	all, err := rules.Load(ctx)
	if err != nil {
		b.Skip("built-in rules do not load yet:", err)
	}
	var ok []*rule.Rule
	for _, r := range all {
		if _, err := New(reg, []*rule.Rule{r}); err == nil {
			ok = append(ok, r)
		}
	}
	a, err := New(reg, ok)
	if err != nil {
		b.Fatal(err)
	}
	for _, tc := range []struct{ dir, lang, ext string }{{"python", "python", ".py"}, {"go", "go", ".go"}, {"javascript", "javascript", ".js"}, {"java", "java", ".java"}} {
		b.Run(tc.lang, func(b *testing.B) {
			var src bytes.Buffer
			_ = fs.WalkDir(rules.FS(), tc.dir, func(p string, d fs.DirEntry, err error) error {
				if err == nil && !d.IsDir() && path.Ext(p) == tc.ext {
					data, _ := fs.ReadFile(rules.FS(), p)
					src.Write(data)
					src.WriteByte('\n')
				}
				return nil
			})
			if src.Len() == 0 {
				b.Skip("no corpus")
			}
			l := reg.Lookup(tc.lang)
			tree, err := l.Parse(ctx, src.Bytes())
			if err != nil {
				b.Fatal(err)
			}
			f := &analysis.File{Path: "bench" + tc.ext, Language: tc.lang, Content: src.Bytes(), Tree: tree}
			lines := bytes.Count(src.Bytes(), []byte("\n"))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if err := a.Run(ctx, &analysis.Pass{File: f, Report: func(finding.Finding) {}}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(lines*b.N)/b.Elapsed().Seconds(), "lines/s")
		})
	}
}
