// Package handler lets a user choose the assistant's persona; the persona
// goes to an assistant it is given.
package handler

import (
	"context"
	"net/http"
)

// Persona answers in the voice it is told to take.
type Persona interface {
	Speak(ctx context.Context, persona, q string) (string, error)
}

// Styled answers in a style checked against fixed values.
type Styled interface {
	Speak(ctx context.Context, style, q string) (string, error)
}

type Handler struct {
	AI     Persona
	Styled Styled
}

func (h *Handler) Ask(w http.ResponseWriter, r *http.Request) {
	h.AI.Speak(r.Context(), r.FormValue("persona"), "hello")
}

func (h *Handler) AskStyled(w http.ResponseWriter, r *http.Request) {
	style := r.FormValue("style")
	if style != "formal" && style != "casual" {
		return
	}
	h.Styled.Speak(r.Context(), style, r.FormValue("q"))
}
