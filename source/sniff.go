package source

import (
	"bytes"
	"path"
	"strings"
)

// binarySniffLen is how much of a file is searched for a NUL byte.
const binarySniffLen = 8 << 10

func isBinary(data []byte) bool {
	head := data
	if len(head) > binarySniffLen {
		head = head[:binarySniffLen]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	return hasBinaryMagic(data)
}

// hasBinaryMagic checks signatures of common binary formats that can start
// without a NUL byte in the first 8 KiB.
func hasBinaryMagic(data []byte) bool {
	for _, m := range [...]string{
		"\x89PNG\r\n\x1a\n",
		"GIF87a", "GIF89a",
		"\xff\xd8\xff",       // JPEG
		"%PDF-",              // PDF
		"PK\x03\x04",         // zip, jar, docx, whl
		"\x1f\x8b",           // gzip
		"\x7fELF",            // ELF
		"\xca\xfe\xba\xbe",   // Java class, Mach-O fat
		"\xcf\xfa\xed\xfe",   // Mach-O 64
		"\xce\xfa\xed\xfe",   // Mach-O 32
		"7z\xbc\xaf\x27\x1c", // 7z
		"\xfd7zXZ\x00",       // xz
		"BZh91AY&SY",         // bzip2 (level 9 header)
		"\x28\xb5\x2f\xfd",   // zstd
		"RIFF",               // wav, webp, avi
		"SQLite format 3\x00",
	} {
		if len(data) >= len(m) && string(data[:len(m)]) == m {
			return true
		}
	}
	return false
}

// Minified-file heuristics. A line longer than longLine is "long"; a
// JavaScript or CSS file of at least minMinified bytes is minified when
// long lines hold at least 80% of its bytes AND those lines carry at least
// one ';', '{', '}' or ',' per 40 bytes. The second test keeps ordinary
// code with one huge data line (a base64 blob, a long string) in the
// scan: such lines have almost no code punctuation.
const (
	longLine    = 300
	minMinified = 1024
)

func isMinified(p, lang string, data []byte) bool {
	base := strings.ToLower(path.Base(p))
	ext := path.Ext(base)
	isJS := lang == "javascript" || ext == ".js" || ext == ".mjs" || ext == ".cjs"
	isCSS := ext == ".css"
	if !isJS && !isCSS {
		return false
	}
	stem := strings.TrimSuffix(base, ext)
	if strings.HasSuffix(stem, ".min") || strings.HasSuffix(stem, "-min") {
		return true
	}
	if len(data) < minMinified {
		return false
	}
	var longBytes, punct int
	for rest := data; len(rest) > 0; {
		line := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		if len(line) <= longLine {
			continue
		}
		longBytes += len(line)
		for _, c := range line {
			switch c {
			case ';', '{', '}', ',':
				punct++
			}
		}
	}
	return longBytes*10 >= len(data)*8 && punct*40 >= longBytes
}
