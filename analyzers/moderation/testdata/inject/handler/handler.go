// Package handler serves questions through an answerer it is given; it
// does not know that the answerer asks the model.
package handler

import (
	"context"
	"net/http"

	"github.com/openai/openai-go/v3"
)

// Answerer answers a question.
type Answerer interface {
	Answer(ctx context.Context, q string) (string, error)
}

type Handler struct{ AI Answerer }

func (h *Handler) Ask(w http.ResponseWriter, r *http.Request) {
	h.AI.Answer(r.Context(), r.FormValue("q"))
}

// Summarize asks through the same answerer: the wiring that completes
// Ask's call completes this one too, and each is a finding of its own.
func (h *Handler) Summarize(w http.ResponseWriter, r *http.Request) {
	h.AI.Answer(r.Context(), "Summarize: "+r.FormValue("doc"))
}

// Responder answers a question too.
type Responder interface {
	Answer(ctx context.Context, q string) (string, error)
}

// Checked moderates the question before it answers.
type Checked struct {
	AI     Responder
	Client openai.Client
}

func (c *Checked) Ask(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	mod, err := c.Client.Moderations.New(r.Context(), openai.ModerationNewParams{
		Input: openai.ModerationNewParamsInputUnion{OfString: openai.String(q)},
	})
	if err != nil || mod.Results[0].Flagged {
		http.Error(w, "rejected", http.StatusBadRequest)
		return
	}
	c.AI.Answer(r.Context(), q)
}
