package cli

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/vouchsec/vouch/scan"
)

// progressBar draws a one-line progress bar on a terminal while the scan
// runs and clears it before the report is written.
type progressBar struct {
	scan.Handler
	w    io.Writer
	last time.Time
	drew bool
}

func newProgressBar(h scan.Handler, w io.Writer) scan.Handler {
	return &progressBar{Handler: h, w: w}
}

const barWidth = 30

func (p *progressBar) Progress(pr scan.Progress) {
	now := time.Now()
	if pr.FilesDone != pr.FilesTotal && now.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last = now
	filled := 0
	if pr.FilesTotal > 0 {
		filled = barWidth * pr.FilesDone / pr.FilesTotal
	}
	fmt.Fprintf(p.w, "\r\x1b[K[%s%s] %d/%d files", strings.Repeat("=", filled), strings.Repeat(" ", barWidth-filled), pr.FilesDone, pr.FilesTotal)
	p.drew = true
}

func (p *progressBar) Result(r *scan.Result) error {
	if p.drew {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
	return p.Handler.Result(r)
}
