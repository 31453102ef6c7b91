//go:build ignore

package handlers

import (
	"github.com/gofiber/fiber/v2"
	"net/http"
	"os/exec"
	"regexp"

	"github.com/gin-gonic/gin"
)

var hostRe = regexp.MustCompile(`^[a-zA-Z0-9.-]{1,253}$`)

func pingHandler(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	// ruleid: go.web.command-injection
	out, err := exec.Command("sh", "-c", "ping -c 1 "+host).CombinedOutput()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Write(out)
}

func convertHandler(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("file")
	cmdline := "convert uploads/" + name + " -resize 200x200 thumbs/" + name
	// ruleid: go.web.command-injection
	cmd := exec.CommandContext(r.Context(), "/bin/bash", "-c", cmdline)
	if err := cmd.Run(); err != nil {
		http.Error(w, "convert failed", http.StatusInternalServerError)
	}
}

func runTool(c *gin.Context) {
	tool := c.PostForm("tool")
	// ruleid: go.web.command-injection
	out, err := exec.Command(tool, "--version").Output()
	if err != nil {
		c.String(http.StatusInternalServerError, err.Error())
		return
	}
	c.String(http.StatusOK, string(out))
}

func pingHandlerSafe(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	if !hostRe.MatchString(host) {
		http.Error(w, "bad host", http.StatusBadRequest)
		return
	}
	// ok: go.web.command-injection
	out, err := exec.CommandContext(r.Context(), "ping", "-c", "1", "--", host).Output()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Write(out)
}

func uptimeHandler(w http.ResponseWriter, r *http.Request) {
	// ok: go.web.command-injection
	out, _ := exec.Command("sh", "-c", "uptime | cut -d, -f1").Output()
	w.Write(out)
}

func fiberTraceroute(c *fiber.Ctx) error {
	target := c.Query("target")
	// ruleid: go.web.command-injection
	out, err := exec.Command("sh", "-c", "traceroute -m 10 "+target).CombinedOutput()
	if err != nil {
		return err
	}
	return c.Send(out)
}

type convertJob struct {
	Tool string `json:"tool"`
}

func ginConvert(c *gin.Context) {
	var job convertJob
	if err := c.ShouldBindJSON(&job); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	// ruleid: go.web.command-injection
	out, _ := exec.Command(job.Tool, "--version").Output()
	c.Data(http.StatusOK, "text/plain", out)
}

func fiberTracerouteSafe(c *fiber.Ctx) error {
	target := c.Query("target")
	if !hostRe.MatchString(target) {
		return fiber.ErrBadRequest
	}
	// ok: go.web.command-injection
	out, err := exec.Command("traceroute", "-m", "10", "--", target).CombinedOutput()
	if err != nil {
		return err
	}
	return c.Send(out)
}
