// Package source owns file discovery for a scan: walking the target in a
// deterministic order, the ignore rules (.gitignore and .vouchignore with
// git's semantics, --exclude and --include globs, always-skipped vendored
// directories), the size / binary / minified limits, symlink safety (never
// reading outside the target, never looping) and language detection by file
// name and shebang. Reads go through Load (or a Loader), which re-checks at
// open time that the file still lies inside the target.
//
// It must not parse or analyze file contents beyond the cheap sniffing
// needed to skip binary and minified files: parsing belongs to sast/lang,
// analysis to the analyzers, and reporting to the scan driver, which
// receives every left-out file through the skip callback.
package source
