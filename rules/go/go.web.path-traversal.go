//go:build ignore

package handlers

import (
	"github.com/gofiber/fiber/v2"
	"io"
	"net/http"
	"os"
	"path/filepath"

	"github.com/gin-gonic/gin"
)

const baseDir = "/srv/app/files"

func downloadHandler(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	path := filepath.Join(baseDir, name)
	// ruleid: go.web.path-traversal
	data, err := os.ReadFile(path)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}

func serveReport(w http.ResponseWriter, r *http.Request) {
	report := r.PathValue("name")
	// ruleid: go.web.path-traversal
	http.ServeFile(w, r, filepath.Clean(filepath.Join("/srv/reports", report)))
}

func uploadHandler(w http.ResponseWriter, r *http.Request) {
	file, header, err := r.FormFile("upload")
	if err != nil {
		http.Error(w, "bad upload", http.StatusBadRequest)
		return
	}
	defer file.Close()
	// ruleid: go.web.path-traversal
	out, err := os.Create(filepath.Join(baseDir, header.Filename))
	if err != nil {
		http.Error(w, "cannot save", http.StatusInternalServerError)
		return
	}
	defer out.Close()
	io.Copy(out, file)
}

func ginDownload(c *gin.Context) {
	// ruleid: go.web.path-traversal
	c.File(filepath.Join(baseDir, c.Param("name")))
}

func downloadHandlerSafe(w http.ResponseWriter, r *http.Request) {
	name := filepath.Base(r.URL.Query().Get("file"))
	// ok: go.web.path-traversal
	data, err := os.ReadFile(filepath.Join(baseDir, name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}

func ginDownloadSafe(c *gin.Context) {
	name := filepath.Base(c.Param("name"))
	// ok: go.web.path-traversal
	c.File(filepath.Join(baseDir, name))
}

func terms(w http.ResponseWriter, r *http.Request) {
	// ok: go.web.path-traversal
	http.ServeFile(w, r, filepath.Join(baseDir, "terms.html"))
}

func fiberDownload(c *fiber.Ctx) error {
	name := c.Params("name")
	// ruleid: go.web.path-traversal
	return c.SendFile("/srv/exports/" + name)
}

func fiberUpload(c *fiber.Ctx) error {
	fh, err := c.FormFile("doc")
	if err != nil {
		return err
	}
	// ruleid: go.web.path-traversal
	return c.SaveFile(fh, "/srv/uploads/"+c.FormValue("folder")+"/doc.pdf")
}

func fiberDownloadSafe(c *fiber.Ctx) error {
	name := filepath.Base(c.Params("name"))
	// ok: go.web.path-traversal
	return c.SendFile(filepath.Join("/srv/exports", name))
}
