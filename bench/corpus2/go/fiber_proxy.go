//go:build ignore

// Prompt: "Fiber: proxy images from a URL for the thumbnail service, call the
// tenant's billing webhook, and render a user's profile bio as HTML."
package main

import (
	"bytes"
	"crypto/tls"
	"html/template"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/gofiber/fiber/v2"
)

var allowedHosts = map[string]bool{"images.example.com": true, "cdn.example.com": true}

var insecureClient = &http.Client{
	Timeout:   10 * time.Second,
	Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}, // vuln: CWE-295
}

var profileTmpl = template.Must(template.New("p").Parse(`<div class="bio">{{.Bio}}</div>`))

func proxyImage(c *fiber.Ctx) error {
	target := c.Query("url")
	resp, err := http.Get(target) // vuln: CWE-918
	if err != nil {
		return c.SendStatus(fiber.StatusBadGateway)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	c.Set("Content-Type", resp.Header.Get("Content-Type"))
	return c.Send(body)
}

func proxyImageSafe(c *fiber.Ctx) error {
	u, err := url.Parse(c.Query("url"))
	if err != nil || u.Scheme != "https" || !allowedHosts[u.Hostname()] {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	resp, err := http.Get(u.String()) // safe: CWE-918
	if err != nil {
		return c.SendStatus(fiber.StatusBadGateway)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return c.Send(body)
}

type webhookReq struct {
	URL     string `json:"url"`
	Payload string `json:"payload"`
}

func callWebhook(c *fiber.Ctx) error {
	var in webhookReq
	if err := c.BodyParser(&in); err != nil {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	req, _ := http.NewRequest(http.MethodPost, in.URL, bytes.NewBufferString(in.Payload)) // vuln: CWE-918
	resp, err := insecureClient.Do(req)
	if err != nil {
		return c.SendStatus(fiber.StatusBadGateway)
	}
	defer resp.Body.Close()
	return c.SendStatus(resp.StatusCode)
}

func renderBio(c *fiber.Ctx) error {
	bio := c.FormValue("bio")
	var buf bytes.Buffer
	_ = profileTmpl.Execute(&buf, map[string]any{"Bio": template.HTML(bio)}) // vuln: CWE-79
	c.Type("html")
	return c.Send(buf.Bytes())
}

func renderBioSafe(c *fiber.Ctx) error {
	var buf bytes.Buffer
	_ = profileTmpl.Execute(&buf, map[string]any{"Bio": c.FormValue("bio")}) // safe: CWE-79
	c.Type("html")
	return c.Send(buf.Bytes())
}

func greet(c *fiber.Ctx) error {
	c.Set("Content-Type", "text/html; charset=utf-8")
	return c.SendString("<p>Hi " + c.Params("name") + "</p>") // vuln: CWE-79
}

func main() {
	app := fiber.New()
	app.Get("/img", proxyImage)
	app.Get("/img-safe", proxyImageSafe)
	app.Post("/webhook", callWebhook)
	app.Post("/bio", renderBio)
	app.Post("/bio-safe", renderBioSafe)
	app.Get("/greet/:name", greet)
	_ = app.Listen("127.0.0.1:8083")
}
