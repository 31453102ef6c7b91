package sast

import (
	"github.com/vouchsec/vouch/analysis"
	"github.com/vouchsec/vouch/sast/ast"
	"github.com/vouchsec/vouch/sast/lang"
	"github.com/vouchsec/vouch/sast/pattern"
)

// fileState is the per-file data shared by every rule run on one file:
// the matcher's index (built on first use) and line offsets.
type fileState struct {
	file   *analysis.File
	lang   *lang.Language
	ix     *pattern.Index
	starts []int
	src    string
}

// index returns the file's pattern index, building it once.
func (fs *fileState) index() *pattern.Index {
	if fs.ix == nil {
		fs.ix = pattern.NewIndex(fs.lang, fs.file.Tree)
	}
	return fs.ix
}

// text returns the file content as a string (built once).
func (fs *fileState) text() string {
	if fs.src == "" && len(fs.file.Content) > 0 {
		fs.src = string(fs.file.Content)
	}
	return fs.src
}

// point converts a byte offset into a 0-based row/column.
func (fs *fileState) point(off int) ast.Point {
	if fs.starts == nil {
		fs.starts = lineStarts(fs.file.Content)
	}
	return pointAt(fs.starts, off)
}
