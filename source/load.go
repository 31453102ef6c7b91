package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"syscall"
)

// Load reads one file found by Walk, once. See Loader.Load; Load opens and
// closes a Loader per call, so a driver reading many files should keep one
// Loader instead.
func Load(ctx context.Context, opts Options, f File) (content []byte, skipReason string, err error) {
	l, err := NewLoader(opts)
	if err != nil {
		return nil, "", err
	}
	defer l.Close()
	return l.Load(ctx, f)
}

// Loader reads files below one resolved Root. It is safe for concurrent
// use.
type Loader struct {
	max      int64
	realRoot string
	root     *os.Root // nil when Root is a single file
}

// NewLoader resolves opts.Root and opens it as an os.Root, so that every
// later open is confined to it by the kernel-level checks of os.Root.
func NewLoader(opts Options) (*Loader, error) {
	realRoot, fi, err := resolveRoot(opts.Root)
	if err != nil {
		return nil, err
	}
	l := &Loader{max: opts.maxSize(), realRoot: realRoot}
	if fi.IsDir() {
		if l.root, err = os.OpenRoot(realRoot); err != nil {
			return nil, fmt.Errorf("opening scan root %s: %w", opts.Root, err)
		}
	}
	return l, nil
}

// Close releases the root directory.
func (l *Loader) Close() error {
	if l.root == nil {
		return nil
	}
	return l.root.Close()
}

// Load reads f, re-checking at open time that it still resolves inside
// Root: the open goes through os.Root, which refuses any path (symlinks
// included, even ones swapped in since the walk) that leaves Root. It reads
// at most MaxFileSize+1 bytes.
//
// skipReason is "" when the content should be scanned, or one of
// ReasonTooLarge (the file grew past the limit), ReasonSpecial,
// ReasonSymlinkOutside, ReasonSymlinkLoop, ReasonBinary (a NUL byte in the
// first 8 KiB or a known binary signature) and ReasonMinified (a *.min.js /
// *.min.css name, or JavaScript/CSS whose bytes sit almost all on very long
// lines dense with code punctuation). Content is nil for every reason but
// ReasonMinified, for which it is returned so that analyzers that want
// bundles (secrets) can still look. err is for I/O failures.
func (l *Loader) Load(ctx context.Context, f File) (content []byte, skipReason string, err error) {
	if err := ctx.Err(); err != nil {
		return nil, "", err
	}
	file, reason, err := l.open(f)
	if file == nil {
		return nil, reason, err
	}
	defer file.Close()
	fi, err := file.Stat()
	if err != nil {
		return nil, "", fmt.Errorf("reading %s: %w", f.Path, err)
	}
	if !fi.Mode().IsRegular() {
		return nil, ReasonSpecial, nil
	}
	if fi.Size() > l.max {
		return nil, ReasonTooLarge, nil
	}
	data, err := readLimited(file, fi.Size(), l.max)
	if err != nil {
		return nil, "", fmt.Errorf("reading %s: %w", f.Path, err)
	}
	if int64(len(data)) > l.max {
		return nil, ReasonTooLarge, nil
	}
	if isBinary(data) {
		return nil, ReasonBinary, nil
	}
	lang := f.Language
	if lang == "" {
		lang = DetectLanguage(f.Path, data)
	}
	if isMinified(f.Path, lang, data) {
		return data, ReasonMinified, nil
	}
	return data, "", nil
}

// open opens f read-only and non-blocking (a FIFO swapped in cannot hang
// the scan). A nil file comes with a skip reason or an error.
func (l *Loader) open(f File) (*os.File, string, error) {
	const flags = os.O_RDONLY | syscall.O_NONBLOCK
	if l.root == nil {
		file, err := os.OpenFile(l.realRoot, flags, 0)
		if err != nil {
			return nil, "", fmt.Errorf("opening %s: %w", f.Path, err)
		}
		return file, "", nil
	}
	file, err := l.root.OpenFile(filepath.FromSlash(f.Path), flags, 0)
	if err == nil {
		return file, "", nil
	}
	if errors.Is(err, syscall.ELOOP) {
		return nil, ReasonSymlinkLoop, nil
	}
	// os.Root's escape error is not exported: tell escapes apart by
	// resolving the path, which is only used to pick the reason.
	if target, rerr := filepath.EvalSymlinks(filepath.Join(l.realRoot, filepath.FromSlash(f.Path))); rerr == nil {
		if _, inside := relInside(l.realRoot, target); !inside {
			return nil, ReasonSymlinkOutside, nil
		}
	}
	return nil, "", fmt.Errorf("opening %s: %w", f.Path, err)
}

// readLimited reads at most max+1 bytes, sizing the buffer from the stat
// size so that a normal file is read with one allocation.
func readLimited(r io.Reader, size, max int64) ([]byte, error) {
	n := size + 1
	if n > max+1 || n <= 0 {
		n = max + 1
	}
	buf := make([]byte, 0, n)
	lr := io.LimitReader(r, max+1)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		m, err := lr.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+m]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}
