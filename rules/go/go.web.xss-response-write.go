//go:build ignore

package handlers

import (
	"encoding/json"
	"fmt"
	"github.com/gofiber/fiber/v2"
	"html"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

func helloHandler(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// ruleid: go.web.xss-response-write
	fmt.Fprintf(w, "<h1>Hello, %s!</h1>", name)
}

func searchHandler(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	page := "<p>No results for <b>" + q + "</b></p>"
	// ruleid: go.web.xss-response-write
	w.Write([]byte(page))
}

func errorPage(w http.ResponseWriter, r *http.Request) {
	// ruleid: go.web.xss-response-write
	io.WriteString(w, "<div class=error>"+r.URL.Query().Get("msg")+"</div>")
}

func ginBanner(c *gin.Context) {
	msg := c.Query("msg")
	// ruleid: go.web.xss-response-write
	c.Data(http.StatusOK, "text/html", []byte("<div>"+msg+"</div>"))
}

func echoGreet(c echo.Context) error {
	// ruleid: go.web.xss-response-write
	return c.HTML(http.StatusOK, "<h1>Hi "+c.QueryParam("name")+"</h1>")
}

func helloHandlerSafe(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// ok: go.web.xss-response-write
	fmt.Fprintf(w, "<h1>Hello, %s!</h1>", html.EscapeString(name))
}

func apiEcho(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	q := r.URL.Query().Get("q")
	// ok: go.web.xss-response-write
	fmt.Fprintf(w, `{"q": %q}`, q)
}

func apiJSON(w http.ResponseWriter, r *http.Request) {
	// ok: go.web.xss-response-write
	json.NewEncoder(w).Encode(map[string]string{"q": r.URL.Query().Get("q")})
}

func ginText(c *gin.Context) {
	// ok: go.web.xss-response-write
	c.String(http.StatusOK, "hello %s", c.Query("name"))
}

func debugInfo(w http.ResponseWriter, r *http.Request) {
	// ok: go.web.xss-response-write
	fmt.Fprintf(w, "<p>has body: %v, query length: %d</p>", r.Body != nil, len(r.URL.Query().Get("q")))
}

func health(w http.ResponseWriter, r *http.Request) {
	// ok: go.web.xss-response-write
	fmt.Fprintf(w, "<p>ok %s</p>", "v1.2.3")
}

func ginSearch(c *gin.Context) {
	q := c.Query("q")
	// ruleid: go.web.xss-response-write
	c.String(http.StatusOK, "<p>Results for "+q+"</p>")
}

func ginGreet(c *gin.Context) {
	// ruleid: go.web.xss-response-write
	c.String(http.StatusOK, "<h1>Hello %s</h1>", c.Query("name"))
}

func pingHost(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	out, err := exec.Command("ping", "-c", "1", host).CombinedOutput()
	if err != nil {
		http.Error(w, "ping failed", http.StatusBadGateway)
		return
	}
	// ok: go.web.xss-response-write
	w.Write(out)
}

func download(w http.ResponseWriter, r *http.Request) {
	name := filepath.Base(r.URL.Query().Get("file"))
	data, err := os.ReadFile(filepath.Join("/srv/files", name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	// ok: go.web.xss-response-write
	w.Write(data)
}

func echoBody(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	// ruleid: go.web.xss-response-write
	w.Write(body)
}

func jsonishReply(w http.ResponseWriter, r *http.Request) {
	// ok: go.web.xss-response-write
	fmt.Fprintf(w, "{\"status\": %q}\n", r.URL.Query().Get("status"))
}

func fiberGreet(c *fiber.Ctx) error {
	c.Set("Content-Type", "text/html; charset=utf-8")
	// ruleid: go.web.xss-response-write
	return c.SendString("<h1>Welcome back, " + c.Params("user") + "</h1>")
}

func fiberBanner(c *fiber.Ctx) error {
	msg := c.Query("msg")
	c.Type("html")
	// ruleid: go.web.xss-response-write
	return c.Send([]byte("<div class=banner>" + msg + "</div>"))
}

func fiberPlainEcho(c *fiber.Ctx) error {
	// ok: go.web.xss-response-write
	return c.SendString("you searched for " + c.Query("q"))
}

func fiberEscaped(c *fiber.Ctx) error {
	c.Type("html")
	// ok: go.web.xss-response-write
	return c.SendString("<p>" + html.EscapeString(c.FormValue("comment")) + "</p>")
}
