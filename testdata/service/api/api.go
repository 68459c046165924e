// Package api serves the service's HTTP endpoints.
package api

import (
	"context"
	"net/http"

	"example.com/service/llm"
	"example.com/service/store"
)

type API struct {
	llm   *llm.Client
	store *store.Store
	mux   *http.ServeMux
}

func New(l *llm.Client, s *store.Store) *API {
	a := &API{llm: l, store: s, mux: http.NewServeMux()}
	a.mux.HandleFunc("POST /ask", a.ask)
	a.mux.HandleFunc("POST /summary", a.summary)
	return a
}

func (a *API) ServeHTTP(w http.ResponseWriter, r *http.Request) { a.mux.ServeHTTP(w, r) }

// ask takes the tone from the query string: a user can rewrite the system
// prompt through it, and nothing bounds or moderates the question.
func (a *API) ask(w http.ResponseWriter, r *http.Request) {
	answer, err := a.llm.Answer(r.Context(), r.Header.Get("X-User-Hash"), r.URL.Query().Get("tone"), r.FormValue("question"))
	if err != nil {
		http.Error(w, "upstream error", http.StatusBadGateway)
		return
	}
	w.Write([]byte(answer))
}

// summary bounds the text and lets llm moderate it, but runs what the model
// answers as SQL.
func (a *API) summary(w http.ResponseWriter, r *http.Request) {
	text := r.FormValue("text")
	if len(text) > 8000 {
		http.Error(w, "text too long", http.StatusRequestEntityTooLarge)
		return
	}
	sum, err := a.llm.SafeSummary(r.Context(), r.Header.Get("X-User-Hash"), text)
	if err != nil {
		http.Error(w, "cannot summarize", http.StatusBadRequest)
		return
	}
	a.archive(r.Context(), sum)
	w.Write([]byte(sum))
}

func (a *API) archive(ctx context.Context, sum string) {
	a.store.Save(ctx, sum)
}
