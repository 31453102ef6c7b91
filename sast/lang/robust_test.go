package lang

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"time"
)

func TestParseHostileInputs(t *testing.T) {
	r := NewRegistry()
	inputs := map[string][]byte{
		"empty":        {},
		"invalid utf8": []byte("x = '\xff\xfe\xc3' + \x80\x81\n def \xed\xa0\x80(): pass\n"),
		"nul bytes":    []byte("a = 1\x00\x00 b(\x00)\n\x00"),
		"nested":       append(bytes.Repeat([]byte("(["), 50000), bytes.Repeat([]byte("])"), 50000)...),
		"unclosed":     bytes.Repeat([]byte("{"), 100000),
	}
	for _, l := range r.All() {
		for name, src := range inputs {
			tr, err := l.Parse(context.Background(), src)
			if err != nil {
				t.Errorf("%s/%s: %v", l.Name, name, err)
				continue
			}
			checkInvariants(t, tr)
			if name == "empty" && tr.NodeCount != 1 {
				t.Errorf("%s/empty: %d nodes", l.Name, tr.NodeCount)
			}
		}
	}
}

func TestParseLargeAndCancel(t *testing.T) {
	l := NewRegistry().Lookup("python")
	src := genSource("python", 1) // one block of functions
	// 50 MB: a clear error, quickly, without parsing.
	huge := bytes.Repeat(src, 50<<20/len(src)+1)
	if _, err := l.Parse(context.Background(), huge); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("50 MB parse: err = %v, want ErrTooLarge", err)
	}
	// A deadline stops a long parse promptly.
	big := bytes.Repeat(src, 12<<20/len(src))
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := l.Parse(ctx, big)
	if !errors.Is(err, ErrCanceled) {
		t.Fatalf("12 MB parse with 50ms deadline: err = %v, want ErrCanceled", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("cancellation took %v", d)
	}
	canceled, stop := context.WithCancel(context.Background())
	stop()
	if _, err := l.Parse(canceled, src); !errors.Is(err, ErrCanceled) {
		t.Errorf("parse with canceled ctx: %v", err)
	}
}

func FuzzParse(f *testing.F) {
	r := NewRegistry()
	for _, l := range r.All() {
		s := genSource(l.Name, 2)
		f.Add(l.Name, s[:min(300, len(s))])
	}
	f.Add("python", []byte("f\"{x!r:>{w}}\" '\xff' \x00 ((((("))
	f.Add("javascript", []byte("`${`${a}`}` /re/g <div>{x}</div>"))
	f.Fuzz(func(t *testing.T, name string, src []byte) {
		l := r.Lookup(name)
		if l == nil {
			l = r.All()[len(name)%len(r.All())]
		}
		tr, err := l.Parse(context.Background(), src)
		if err != nil {
			t.Fatalf("%s: %v", l.Name, err)
		}
		checkInvariants(t, tr)
	})
}

func FuzzParsePattern(f *testing.F) {
	r := NewRegistry()
	for _, tc := range patternCases {
		f.Add(tc.lang, tc.pattern)
	}
	f.Fuzz(func(t *testing.T, name, pat string) {
		l := r.Lookup(name)
		if l == nil {
			l = r.All()[len(name)%len(r.All())]
		}
		tr, err := l.ParsePattern(pat)
		if err != nil {
			return
		}
		checkInvariants(t, tr)
	})
}
