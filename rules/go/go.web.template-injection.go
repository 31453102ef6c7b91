//go:build ignore

package handlers

import (
	"html/template"
	"net/http"
	"net/url"
	texttemplate "text/template"
)

type Page struct {
	User  string
	Admin bool
}

func greetHandler(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// ruleid: go.web.template-injection
	tmpl, err := template.New("greet").Parse("<h1>Hello " + name + "</h1>")
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	tmpl.Execute(w, Page{User: "guest"})
}

func emailPreview(w http.ResponseWriter, r *http.Request) {
	body := r.FormValue("template")
	// ruleid: go.web.template-injection
	t, err := texttemplate.New("mail").Parse(body)
	if err != nil {
		http.Error(w, "bad template", http.StatusBadRequest)
		return
	}
	t.Execute(w, Page{User: "preview"})
}

func reportHandler(w http.ResponseWriter, r *http.Request) {
	// ok: go.web.template-injection
	u, err := url.Parse(r.URL.Query().Get("next"))
	if err != nil {
		return
	}
	w.Write([]byte(u.Path))
}

var greet = template.Must(template.New("g").Parse(`<h1>Hello {{.User}}</h1>`))

func greetHandlerSafe(w http.ResponseWriter, r *http.Request) {
	// ok: go.web.template-injection
	greet.Execute(w, Page{User: r.URL.Query().Get("name")})
}
