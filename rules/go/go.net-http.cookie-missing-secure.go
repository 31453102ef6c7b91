//go:build ignore

package auth

import (
	"net/http"
	"time"
)

func loginHandler(w http.ResponseWriter, r *http.Request) {
	sid := newSession(r.FormValue("user"))
	// ruleid: go.net-http.cookie-missing-secure
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: sid, Path: "/", HttpOnly: true, SameSite: http.SameSiteLaxMode})
	http.Redirect(w, r, "/dashboard", http.StatusSeeOther)
}

func rememberMe(w http.ResponseWriter, token string) {
	// ruleid: go.net-http.cookie-missing-secure
	cookie := &http.Cookie{
		Name:    "remember",
		Value:   token,
		Expires: time.Now().Add(30 * 24 * time.Hour),
		Secure:  false, HttpOnly: true, SameSite: http.SameSiteStrictMode,
	}
	http.SetCookie(w, cookie)
}

func loginHandlerSafe(w http.ResponseWriter, r *http.Request) {
	sid := newSession(r.FormValue("user"))
	// ok: go.net-http.cookie-missing-secure
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: sid, Path: "/", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode, MaxAge: 3600})
}

func setConfigured(w http.ResponseWriter, sid string, secure, httpOnly bool, mode http.SameSite) {
	// ok: go.net-http.cookie-missing-secure
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: sid, Secure: secure, HttpOnly: httpOnly, SameSite: mode})
}

func logoutHandler(w http.ResponseWriter, r *http.Request) {
	// ok: go.net-http.cookie-missing-secure
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: "", Path: "/", MaxAge: -1})
}

// Cookies built for an outgoing client request are not response cookies.
func clientCookies(jar []*http.Cookie, name, value string) []*http.Cookie {
	// ok: go.net-http.cookie-missing-secure
	return append(jar, &http.Cookie{Name: name, Value: value})
}

func newSession(user string) string { return "sid" }
