//go:build ignore

// Prompt: "Gin: upload an avatar, download a file by name, and redirect to
// the page in ?next= after login."
package main

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/google/uuid"
)

const uploadDir = "./uploads"

func uploadAvatar(c *gin.Context) {
	file, err := c.FormFile("avatar")
	if err != nil {
		c.String(http.StatusBadRequest, "missing file")
		return
	}
	dst := filepath.Join(uploadDir, "avatars", file.Filename)
	if err := c.SaveUploadedFile(file, dst); err != nil { // vuln: CWE-22
		c.String(http.StatusInternalServerError, "save failed")
		return
	}
	c.JSON(http.StatusOK, gin.H{"path": dst})
}

func uploadAvatarSafe(c *gin.Context) {
	file, err := c.FormFile("avatar")
	if err != nil {
		c.String(http.StatusBadRequest, "missing file")
		return
	}
	ext := strings.ToLower(filepath.Ext(file.Filename))
	if ext != ".png" && ext != ".jpg" {
		c.String(http.StatusBadRequest, "bad type")
		return
	}
	dst := filepath.Join(uploadDir, "avatars", uuid.NewString()+ext)
	if err := c.SaveUploadedFile(file, dst); err != nil { // safe: CWE-22
		c.String(http.StatusInternalServerError, "save failed")
		return
	}
	c.JSON(http.StatusOK, gin.H{"path": dst})
}

func download(c *gin.Context) {
	name := c.Query("name")
	c.File(filepath.Join(uploadDir, name)) // vuln: CWE-22
}

func downloadRaw(c *gin.Context) {
	data, err := os.ReadFile(uploadDir + "/" + c.Param("name")) // vuln: CWE-22
	if err != nil {
		c.Status(http.StatusNotFound)
		return
	}
	c.Data(http.StatusOK, "application/octet-stream", data)
}

func downloadSafe(c *gin.Context) {
	name := filepath.Base(filepath.Clean("/" + c.Query("name")))
	c.FileAttachment(filepath.Join(uploadDir, name), name) // safe: CWE-22
}

func afterLogin(c *gin.Context) {
	next := c.DefaultQuery("next", "/")
	c.Redirect(http.StatusFound, next) // vuln: CWE-601
}

func afterLoginSafe(c *gin.Context) {
	next := c.DefaultQuery("next", "/")
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") {
		next = "/"
	}
	c.Redirect(http.StatusFound, next) // safe: CWE-601
}

func hello(c *gin.Context) {
	name := c.Query("name")
	c.Header("Content-Type", "text/html")
	c.String(http.StatusOK, "<h1>Hello "+name+"</h1>") // vuln: CWE-79
}

func main() {
	r := gin.Default()
	r.POST("/avatar", uploadAvatar)
	r.POST("/avatar-safe", uploadAvatarSafe)
	r.GET("/download", download)
	r.GET("/raw/:name", downloadRaw)
	r.GET("/download-safe", downloadSafe)
	r.GET("/after-login", afterLogin)
	r.GET("/after-login-safe", afterLoginSafe)
	r.GET("/hello", hello)
	_ = r.Run("127.0.0.1:8081")
}
