//go:build ignore

package main

import (
	"os"

	"github.com/gin-gonic/gin"
)

func main() {
	// ruleid: go.gin.debug-mode
	gin.SetMode(gin.DebugMode)
	r := gin.Default()
	r.Run(":8080")
}

func setup() *gin.Engine {
	// ruleid: go.gin.debug-mode
	gin.SetMode("debug")
	return gin.New()
}

func setupSafe() *gin.Engine {
	// ok: go.gin.debug-mode
	gin.SetMode(gin.ReleaseMode)
	return gin.New()
}

func setupEnv() *gin.Engine {
	// ok: go.gin.debug-mode
	gin.SetMode(os.Getenv("GIN_MODE"))
	return gin.New()
}
