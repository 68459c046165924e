// Package faq answers questions about the product through the replier it
// is given.
package faq

import (
	"net/http"

	"example.com/service/ports"
)

type Page struct{ replier ports.Replier }

func New(r ports.Replier) *Page { return &Page{replier: r} }

// Ask passes the question on with no length limit and no
// moderation on the way.
func (p *Page) Ask(w http.ResponseWriter, r *http.Request) {
	answer, err := p.replier.Reply(r.Context(), r.Header.Get("X-User-Hash"), r.FormValue("question"))
	if err != nil {
		http.Error(w, "upstream error", http.StatusBadGateway)
		return
	}
	w.Write([]byte(answer))
}
