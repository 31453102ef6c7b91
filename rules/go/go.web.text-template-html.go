//go:build ignore

package pages

import (
	"net/http"
	"os"
	"text/template"

	"github.com/gin-gonic/gin"
)

var profileTmpl = template.Must(template.New("profile").Parse(`<h1>{{.Name}}</h1><p>{{.Bio}}</p>`))

type Profile struct{ Name, Bio string }

func profile(w http.ResponseWriter, r *http.Request) {
	p := Profile{Name: r.URL.Query().Get("name"), Bio: r.URL.Query().Get("bio")}
	// ruleid: go.web.text-template-html
	profileTmpl.Execute(w, p)
}

func (s *Site) search(w http.ResponseWriter, r *http.Request) {
	// ruleid: go.web.text-template-html
	s.tmpl.ExecuteTemplate(w, "search.html", map[string]string{"Q": r.FormValue("q")})
}

func ginProfile(c *gin.Context) {
	// ruleid: go.web.text-template-html
	profileTmpl.Execute(c.Writer, Profile{Name: c.Query("name")})
}

func robots(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	// ok: go.web.text-template-html
	robotsTmpl.Execute(w, map[string]string{"Host": r.Host})
}

func renderConfig(out *os.File, cfg Config) error {
	// ok: go.web.text-template-html
	return configTmpl.Execute(out, cfg)
}

type Site struct{ tmpl *template.Template }
