//go:build ignore

package main

import (
	"log"
	"net"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
)

func metrics() {
	// ruleid: go.lang.bind-all-interfaces
	ln, err := net.Listen("tcp", "0.0.0.0:9100")
	if err != nil {
		log.Fatal(err)
	}
	http.Serve(ln, nil)
}

func admin(r *gin.Engine) {
	// ruleid: go.lang.bind-all-interfaces
	r.Run(":9090")
}

func metricsLocal() {
	// ok: go.lang.bind-all-interfaces
	ln, err := net.Listen("tcp", "127.0.0.1:9100")
	if err != nil {
		log.Fatal(err)
	}
	http.Serve(ln, nil)
}

func adminConfigurable(r *gin.Engine) {
	// ok: go.lang.bind-all-interfaces
	r.Run(os.Getenv("ADMIN_ADDR"))
}
