//go:build ignore

package handlers

import (
	"github.com/gofiber/fiber/v2"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

func loginHandler(w http.ResponseWriter, r *http.Request) {
	if !authenticate(r.FormValue("user"), r.FormValue("password")) {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	next := r.URL.Query().Get("next")
	// ruleid: go.web.open-redirect
	http.Redirect(w, r, next, http.StatusFound)
}

func ginLogout(c *gin.Context) {
	// ruleid: go.web.open-redirect
	c.Redirect(http.StatusFound, c.DefaultQuery("return_to", "/"))
}

func echoCallback(c echo.Context) error {
	target := c.QueryParam("redirect_uri")
	// ruleid: go.web.open-redirect
	return c.Redirect(http.StatusSeeOther, target)
}

func loginHandlerSafe(w http.ResponseWriter, r *http.Request) {
	// ok: go.web.open-redirect
	http.Redirect(w, r, "/dashboard", http.StatusFound)
}

func ginHome(c *gin.Context) {
	// ok: go.web.open-redirect
	c.Redirect(http.StatusMovedPermanently, "/home")
}

func legacyRedirect(w http.ResponseWriter, r *http.Request) {
	target := r.FormValue("to")
	// ruleid: go.web.open-redirect
	w.Header().Set("Location", target)
	w.WriteHeader(http.StatusFound)
}

func ginBounce(c *gin.Context) {
	// ruleid: go.web.open-redirect
	c.Header("Location", c.Query("url"))
	c.Status(http.StatusFound)
}

func legacyRedirectSafe(w http.ResponseWriter, r *http.Request) {
	// ok: go.web.open-redirect
	w.Header().Set("Location", "/login")
	w.WriteHeader(http.StatusFound)
}

func ginCacheHeader(c *gin.Context) {
	// ok: go.web.open-redirect
	c.Header("X-Request-Path", c.Query("url"))
}

func authenticate(user, password string) bool { return false }

func fiberAfterLogin(c *fiber.Ctx) error {
	next := c.Query("next")
	// ruleid: go.web.open-redirect
	return c.Redirect(next, fiber.StatusFound)
}

func fiberLogout(c *fiber.Ctx) error {
	// ruleid: go.web.open-redirect
	return c.Redirect(c.Get("Referer"))
}

func fiberHome(c *fiber.Ctx) error {
	_ = c.Query("next")
	// ok: go.web.open-redirect
	return c.Redirect("/dashboard")
}
