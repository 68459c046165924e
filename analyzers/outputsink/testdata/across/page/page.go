// Package page renders a summary that a function it is given writes; it
// keeps the summary in a field between the two requests.
package page

import (
	"context"
	"html/template"
	"net/http"
)

var tmpl = template.Must(template.New("page").Parse(`<p>{{.}}</p>`))

type Page struct {
	Summarize func(ctx context.Context, topic string) string
	latest    string
}

func (p *Page) Refresh(w http.ResponseWriter, r *http.Request) {
	p.latest = p.Summarize(r.Context(), "today")
}

func (p *Page) Show(w http.ResponseWriter, r *http.Request) {
	tmpl.Execute(w, template.HTML(p.latest))
}
