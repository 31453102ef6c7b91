//go:build ignore

package web

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func login(c *gin.Context) {
	sid := newSession(c.PostForm("user"))
	// ruleid: go.gin.cookie-missing-samesite
	c.SetCookie("session_id", sid, 3600, "/", "", false, false)
	c.Redirect(http.StatusFound, "/")
}

func setLanguage(c *gin.Context) {
	// ok: go.gin.cookie-missing-samesite
	c.SetCookie("lang", c.Query("lang"), 86400*365, "/", "", false, false)
}

func loginSafe(c *gin.Context) {
	sid := newSession(c.PostForm("user"))
	c.SetSameSite(http.SameSiteLaxMode)
	// ok: go.gin.cookie-missing-samesite
	c.SetCookie("session_id", sid, 3600, "/", "", true, true)
	c.Redirect(http.StatusFound, "/")
}

func logout(c *gin.Context) {
	// ok: go.gin.cookie-missing-samesite
	c.SetCookie("session_id", "", -1, "/", "", false, false)
}

func rememberMe(c *gin.Context, tok string) {
	// ruleid: go.gin.cookie-missing-samesite
	c.SetCookie("remember_token", tok, 30*86400, "/", "", true, true)
}
