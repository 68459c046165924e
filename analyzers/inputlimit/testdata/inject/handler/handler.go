// Package handler serves questions through answerers it is given; it
// does not know that they ask the model.
package handler

import (
	"context"
	"net/http"
)

// Answerer answers a question as it was asked.
type Answerer interface {
	Answer(ctx context.Context, q string) (string, error)
}

// Summarizer is given only documents of a bounded length.
type Summarizer interface {
	Summarize(ctx context.Context, doc string) (string, error)
}

type Handler struct {
	AI      Answerer
	Summary Summarizer
}

func (h *Handler) Ask(w http.ResponseWriter, r *http.Request) {
	h.AI.Answer(r.Context(), r.FormValue("q"))
}

func (h *Handler) Summarize(w http.ResponseWriter, r *http.Request) {
	doc := r.FormValue("doc")
	if len(doc) > 8000 {
		http.Error(w, "too long", http.StatusRequestEntityTooLarge)
		return
	}
	h.Summary.Summarize(r.Context(), doc)
}

// Relay asks through a helper of its own, in a goroutine, unbounded.
func (h *Handler) Relay(w http.ResponseWriter, r *http.Request) {
	go h.relay(r.FormValue("relay"))
}

func (h *Handler) relay(q string) {
	h.AI.Answer(context.Background(), "Relay: "+q)
}

// Clip asks through a helper that cuts the question short first.
func (h *Handler) Clip(w http.ResponseWriter, r *http.Request) {
	h.clip(r.Context(), r.FormValue("clip"))
}

func (h *Handler) clip(ctx context.Context, q string) {
	if len(q) > 500 {
		q = q[:500]
	}
	h.AI.Answer(ctx, q)
}
