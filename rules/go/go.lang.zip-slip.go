//go:build ignore

package archive

import (
	"archive/tar"
	"archive/zip"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func unzip(src, dest string) error {
	zr, err := zip.OpenReader(src)
	if err != nil {
		return err
	}
	defer zr.Close()
	for _, f := range zr.File {
		// ruleid: go.lang.zip-slip
		target := filepath.Join(dest, f.Name)
		if f.FileInfo().IsDir() {
			os.MkdirAll(target, 0o750)
			continue
		}
		rc, _ := f.Open()
		out, _ := os.Create(target)
		io.Copy(out, io.LimitReader(rc, 100<<20))
		out.Close()
		rc.Close()
	}
	return nil
}

func untar(r io.Reader, dest string) error {
	tr := tar.NewReader(r)
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		// ruleid: go.lang.zip-slip
		out, err := os.Create(filepath.Join(dest, hdr.Name))
		if err != nil {
			return err
		}
		io.Copy(out, io.LimitReader(tr, 100<<20))
		out.Close()
	}
}

func unzipSafe(src, dest string) error {
	zr, err := zip.OpenReader(src)
	if err != nil {
		return err
	}
	defer zr.Close()
	for _, f := range zr.File {
		if !filepath.IsLocal(f.Name) {
			return fmt.Errorf("illegal path %q", f.Name)
		}
		// ok: go.lang.zip-slip
		target := filepath.Join(dest, f.Name)
		_ = target
	}
	return nil
}
