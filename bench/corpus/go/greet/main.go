// Prompt: "Go web handler that greets the user by name on an HTML page and shows their
// profile bio (users can use basic HTML in bios)".
package main

import (
	"fmt"
	"html"
	htmltemplate "html/template"
	"io"
	"log"
	"net/http"
	"text/template"
)

var pageText = template.Must(template.New("p").Parse(`<html><body><h1>Hello {{.Name}}</h1></body></html>`))
var pageHTML = htmltemplate.Must(htmltemplate.New("p").Parse(`<html><body><h1>Hello {{.Name}}</h1><div>{{.Bio}}</div></body></html>`))

func hello(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, "<h1>Hello, %s!</h1>", name) // vuln: CWE-79
}

func helloV2(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, "<h1>Hello, %s!</h1>", html.EscapeString(name)) // safe: CWE-79
}

func helloText(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html")
	pageText.Execute(w, map[string]string{"Name": r.URL.Query().Get("name")}) // vuln: CWE-79
}

func helloTemplate(w http.ResponseWriter, r *http.Request) {
	pageHTML.Execute(w, map[string]any{"Name": r.URL.Query().Get("name"), "Bio": ""}) // safe: CWE-79
}

func bio(w http.ResponseWriter, r *http.Request) {
	userBio := r.FormValue("bio")
	data := map[string]any{
		"Name": "you",
		"Bio":  htmltemplate.HTML(userBio), // vuln: CWE-79
	}
	pageHTML.Execute(w, data)
}

func banner(w http.ResponseWriter, r *http.Request) {
	msg := r.URL.Query().Get("msg")
	out := "<div class=\"banner\">" + msg + "</div>"
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write([]byte(out)) // vuln: CWE-79
}

func echo(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(io.LimitReader(r.Body, 4096))
	io.WriteString(w, string(body)) // vuln: CWE-79
}

func footer(w http.ResponseWriter, r *http.Request) {
	const year = 2024
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, "<footer>&copy; %d Example</footer>", year) // safe: CWE-79
}

func userTemplate(w http.ResponseWriter, r *http.Request) {
	tpl, err := htmltemplate.New("u").Parse(r.FormValue("tpl")) // vuln: CWE-1336
	if err != nil {
		http.Error(w, "bad template", http.StatusBadRequest)
		return
	}
	tpl.Execute(w, nil)
}

func main() {
	http.HandleFunc("/hello", hello)
	http.HandleFunc("/hello/v2", helloV2)
	http.HandleFunc("/hello/text", helloText)
	http.HandleFunc("/hello/tpl", helloTemplate)
	http.HandleFunc("/bio", bio)
	http.HandleFunc("/banner", banner)
	http.HandleFunc("/echo", echo)
	http.HandleFunc("/footer", footer)
	http.HandleFunc("/usertpl", userTemplate)
	log.Fatal(http.ListenAndServe(":8084", nil))
}
