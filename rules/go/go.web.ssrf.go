//go:build ignore

package handlers

import (
	"encoding/json"
	"github.com/gofiber/fiber/v2"
	"io"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

const partnerAPI = "https://api.partner.example/v1"

type hookReq struct {
	URL string `json:"url"`
}

func previewHandler(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("url")
	// ruleid: go.web.ssrf
	resp, err := http.Get(target)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, io.LimitReader(resp.Body, 1<<20))
}

func testWebhook(w http.ResponseWriter, r *http.Request) {
	var req hookReq
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	// ruleid: go.web.ssrf
	httpReq, _ := http.NewRequestWithContext(r.Context(), http.MethodPost, req.URL, strings.NewReader(`{"event":"ping"}`))
	http.DefaultClient.Do(httpReq)
}

func proxy(c *gin.Context) {
	host := c.Query("host")
	// ruleid: go.web.ssrf
	resp, err := http.DefaultClient.Get("http://" + host + "/status")
	if err != nil {
		c.String(http.StatusBadGateway, "upstream error")
		return
	}
	defer resp.Body.Close()
	c.DataFromReader(http.StatusOK, resp.ContentLength, "application/json", resp.Body, nil)
}

func partnerOrders(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	req, _ := http.NewRequestWithContext(r.Context(), http.MethodGet, partnerAPI+"/orders", nil)
	q := req.URL.Query()
	q.Set("id", id)
	req.URL.RawQuery = q.Encode()
	// ok: go.web.ssrf
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return
	}
	resp.Body.Close()
}

func lookup(w http.ResponseWriter, r *http.Request) {
	params := r.URL.Query()
	// ok: go.web.ssrf
	w.Write([]byte(params.Get(r.FormValue("key"))))
}

func status(w http.ResponseWriter, r *http.Request) {
	// ok: go.web.ssrf
	resp, err := http.Get("https://status.example.com/api")
	if err != nil {
		return
	}
	resp.Body.Close()
}

func fiberFetchPreview(c *fiber.Ctx) error {
	target := c.Query("src")
	// ruleid: go.web.ssrf
	resp, err := http.Get(target)
	if err != nil {
		return c.SendStatus(fiber.StatusBadGateway)
	}
	defer resp.Body.Close()
	return c.SendStream(resp.Body)
}

type fiberHook struct {
	Callback string `json:"callback"`
}

func fiberRegisterHook(c *fiber.Ctx) error {
	var h fiberHook
	if err := c.BodyParser(&h); err != nil {
		return fiber.ErrBadRequest
	}
	// ruleid: go.web.ssrf
	req, _ := http.NewRequest(http.MethodPost, h.Callback, strings.NewReader("{}"))
	_, err := http.DefaultClient.Do(req)
	return err
}

func fiberFetchFixed(c *fiber.Ctx) error {
	_ = c.Query("src")
	// ok: go.web.ssrf
	resp, err := http.Get(partnerAPI + "/status")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return c.SendStatus(resp.StatusCode)
}
