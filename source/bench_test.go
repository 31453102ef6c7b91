package source

import (
	"context"
	"fmt"
	"testing"
)

// BenchmarkWalk walks a generated tree of 10,000 files in 500 directories
// with nested ignore files, a vendored directory and an --exclude glob.
func BenchmarkWalk(b *testing.B) {
	root := b.TempDir()
	nodes := []node{
		file(".gitignore", "*.log\nbuild/\n!important.log\n/tmp\n**/gen/*.go\n"),
		file("node_modules/lib/index.js", ""),
	}
	exts := []string{".py", ".go", ".js", ".ts", ".java", ".log", ".md", ".json"}
	for d := range 500 {
		dir := fmt.Sprintf("pkg%03d/sub%02d", d/20, d%20)
		if d%50 == 0 {
			nodes = append(nodes, file(dir+"/.gitignore", "*.tmp\n!keep.tmp\n"))
		}
		for i := range 20 {
			nodes = append(nodes, file(fmt.Sprintf("%s/file%02d%s", dir, i, exts[(d+i)%len(exts)]), "x = 1\n"))
		}
	}
	buildTree(b, root, nodes)
	opts := Options{Root: root, Exclude: []string{"*_test.go", "docs/"}}
	b.ResetTimer()
	for b.Loop() {
		n := 0
		err := Walk(context.Background(), opts, func(File) error { n++; return nil }, nil)
		if err != nil {
			b.Fatal(err)
		}
		if n < 8000 {
			b.Fatalf("visited %d files", n)
		}
	}
	b.ReportMetric(float64(len(nodes)), "files/op")
}

// BenchmarkPatternMatch measures the glob automaton on a typical path.
func BenchmarkPatternMatch(b *testing.B) {
	p, _ := ParsePattern("src/**/generated/*.pb.go")
	path := "src/internal/api/v1/generated/service.pb.go"
	for b.Loop() {
		if !p.Match(path, false) {
			b.Fatal("no match")
		}
	}
}
