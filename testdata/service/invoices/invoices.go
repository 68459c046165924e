// Package invoices serves questions about invoices through the explainer
// it is given; it knows neither the billing service nor the model.
package invoices

import (
	"context"
	"net/http"
)

type Explainer interface {
	Explain(ctx context.Context, userHash, question string) (string, error)
}

type Page struct{ explainer Explainer }

func New(e Explainer) *Page { return &Page{explainer: e} }

func (p *Page) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	answer, err := p.explainer.Explain(r.Context(), r.Header.Get("X-User-Hash"), r.FormValue("question"))
	if err != nil {
		http.Error(w, "upstream error", http.StatusBadGateway)
		return
	}
	w.Write([]byte(answer))
}
