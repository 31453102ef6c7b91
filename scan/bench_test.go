package scan

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/vouchsec/vouch/rules"
	"github.com/vouchsec/vouch/sast/lang"
	"github.com/vouchsec/vouch/sast/rule"
	"github.com/vouchsec/vouch/source"
)

// benchTrees are real source trees found on a development machine: the
// Go standard library and, when python3 is installed, Python's.
func benchTrees(b *testing.B) map[string]string {
	trees := map[string]string{"go": filepath.Join(runtime.GOROOT(), "src", "net")}
	if out, err := exec.Command("python3", "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Output(); err == nil {
		trees["python"] = filepath.Join(strings.TrimSpace(string(out)), "email")
	}
	for name, dir := range trees {
		if _, err := os.Stat(dir); err != nil {
			b.Logf("skipping %s: %v", name, err)
			delete(trees, name)
		}
	}
	return trees
}

// BenchmarkScan runs every built-in rule over real trees and reports lines
// per second per core (ns/op covers walk, read, parse and match).
func BenchmarkScan(b *testing.B) {
	ctx := context.Background()
	rs, err := rule.LoadFS(ctx, rules.FS(), ".")
	if err != nil {
		b.Fatal(err)
	}
	reg := lang.NewRegistry()
	as, err := Analyzers(reg, rs)
	if err != nil {
		b.Fatal(err)
	}
	for name, dir := range benchTrees(b) {
		b.Run(name, func(b *testing.B) {
			var res *Result
			for b.Loop() {
				res, err = Run(ctx, Config{Walk: source.Options{Root: dir}, Analyzers: as, Languages: reg, Jobs: 1}, &collect{})
				if err != nil {
					b.Fatal(err)
				}
			}
			secs := b.Elapsed().Seconds() / float64(b.N)
			b.ReportMetric(float64(res.Stats.Lines)/secs, "lines/s")
			b.ReportMetric(float64(res.Stats.Timing.ParseMS)/float64(res.Stats.Timing.ParseMS+res.Stats.Timing.MatchMS+1)*100, "%parse")
		})
	}
}
