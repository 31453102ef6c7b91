//go:build ignore

package handlers

import (
	"html/template"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/microcosm-cc/bluemonday"
)

var pageTmpl = template.Must(template.New("page").Parse(`<html><body>{{.Title}}<div>{{.Body}}</div></body></html>`))

func previewHandler(w http.ResponseWriter, r *http.Request) {
	body := r.FormValue("body")
	data := map[string]any{
		"Title": "Preview",
		// ruleid: go.web.xss-template-html
		"Body": template.HTML(body),
	}
	pageTmpl.Execute(w, data)
}

func profileHandler(c *gin.Context) {
	website := c.Query("website")
	c.HTML(http.StatusOK, "profile.tmpl", gin.H{
		// ruleid: go.web.xss-template-html
		"Website": template.URL(website),
	})
}

func previewHandlerSafe(w http.ResponseWriter, r *http.Request) {
	data := map[string]any{
		"Title": "Preview",
		// ok: go.web.xss-template-html
		"Body": r.FormValue("body"),
	}
	pageTmpl.Execute(w, data)
}

func previewSanitized(w http.ResponseWriter, r *http.Request) {
	p := bluemonday.UGCPolicy()
	data := map[string]any{
		// ok: go.web.xss-template-html
		"Body": template.HTML(p.Sanitize(r.FormValue("body"))),
	}
	pageTmpl.Execute(w, data)
}

func footer(w http.ResponseWriter, r *http.Request) {
	// ok: go.web.xss-template-html
	pageTmpl.Execute(w, map[string]any{"Body": template.HTML("<footer>&copy; ACME</footer>")})
}
