package source

// Options says what to scan and what to leave out.
type Options struct {
	Root    string   // directory or single file to scan
	Include []string // gitignore-style globs; when non-empty only matching files are scanned
	Exclude []string // gitignore-style globs, matched like .gitignore lines relative to Root
	// MaxFileSize in bytes; 0 means DefaultMaxFileSize.
	MaxFileSize int64
	// NoIgnoreFiles: do not read .gitignore/.vouchignore/.git/info/exclude.
	NoIgnoreFiles bool
}

// DefaultMaxFileSize is the size limit when Options.MaxFileSize is 0.
const DefaultMaxFileSize = 1 << 20

func (o *Options) maxSize() int64 {
	if o.MaxFileSize <= 0 {
		return DefaultMaxFileSize
	}
	return o.MaxFileSize
}

// File is one candidate file.
type File struct {
	// Path is slash-separated and relative to Root; when Root is a file it
	// is that file's base name as given.
	Path string
	// Abs is the file's location on disk below the resolved Root (for a
	// symlink visited under its own name, the link's location).
	Abs  string
	Size int64
	// Language is DetectLanguage(Path, nil): the walk reads nothing, so a
	// file recognised only by its shebang has Language "" here; callers
	// call DetectLanguage(f.Path, content) after Load for those.
	Language string
}

// Skipped is a file or directory left out of the scan. Path is relative to
// Root like File.Path; a skipped directory is reported once, not each file
// inside it.
type Skipped struct {
	Path, Reason string
}

// Skip reasons.
const (
	ReasonIgnored        = "ignored"  // .gitignore, .vouchignore, .git/info/exclude
	ReasonExcluded       = "excluded" // --exclude, or not matched by any --include
	ReasonTooLarge       = "too-large"
	ReasonBinary         = "binary"
	ReasonMinified       = "minified"
	ReasonSymlinkOutside = "symlink-outside-target"
	ReasonSymlinkLoop    = "symlink-loop" // a link cycle, or a directory link to an ancestor
	ReasonUnreadable     = "unreadable"   // permission, dangling link, I/O error
	ReasonVendored       = "vendored"     // node_modules, vendor, .git, virtualenvs, caches
	ReasonSpecial        = "special-file" // device, FIFO, socket
)

// vendoredDirs are always skipped, whatever the ignore files say. A
// directory holding a pyvenv.cfg (a virtualenv of any name) is skipped too.
func vendoredDir(name string) bool {
	switch name {
	case ".git", ".hg", ".svn", "node_modules", "vendor", "bower_components",
		"__pycache__", ".venv", "venv", ".tox", ".mypy_cache", ".pytest_cache":
		return true
	}
	return false
}
