package ruletest

import (
	"fmt"
	"io"
)

// Write prints the report: failures with the lines that differ (path:line
// and the line's code), todo lines that now pass, then a summary. verbose
// also lists passing rules.
func (r *Report) Write(w io.Writer, verbose bool) error {
	ew := &errWriter{w: w}
	for _, e := range r.Errors {
		ew.printf("ERROR %s\n", e)
	}
	passed, todo := 0, 0
	for _, rr := range r.Rules {
		todo += rr.Todo
		if rr.Passed() {
			passed++
			if verbose {
				ew.printf("PASS  %s (%s) ruleid: %d, ok: %d, todo: %d\n", rr.ID, rr.File, rr.Expected, rr.OK, rr.Todo)
			}
		} else {
			ew.printf("FAIL  %s (%s)\n", rr.ID, rr.File)
			for _, p := range rr.Problems {
				ew.printf("      %s\n", p)
			}
			for _, l := range rr.Missing {
				ew.printf("      missing finding (ruleid)   %s\n", l)
			}
			for _, l := range rr.Unexpected {
				ew.printf("      unexpected finding         %s\n", l)
			}
		}
		for _, l := range rr.TodoPasses {
			ew.printf("      todo now passes, make it ruleid: %s\n", l)
		}
	}
	ew.printf("%d rules, %d passed, %d failed, %d todo annotations", len(r.Rules), passed, len(r.Rules)-passed, todo)
	if len(r.Errors) > 0 {
		ew.printf(", %d errors", len(r.Errors))
	}
	ew.printf("\n")
	return ew.err
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
