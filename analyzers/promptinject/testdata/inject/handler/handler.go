// Package handler lets a user choose the assistant's persona; the persona
// goes to an assistant it is given.
package handler

import (
	"context"
	"encoding/json"
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

// Brief is a request body: its audience goes to the system prompt.
type Brief struct {
	Text     string `json:"text"`
	Audience string `json:"audience"`
}

// Briefer writes for the audience it is told.
type Briefer interface {
	Write(ctx context.Context, b Brief) (string, error)
}

type Handler struct {
	AI     Persona
	Styled Styled
	// Briefs is given the user's brief, Fixed one whose audience is the
	// server's.
	Briefs, Fixed Briefer
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

func (h *Handler) AskBrief(w http.ResponseWriter, r *http.Request) {
	var b Brief
	json.NewDecoder(r.Body).Decode(&b)
	h.Briefs.Write(r.Context(), b)
}

func (h *Handler) AskFixed(w http.ResponseWriter, r *http.Request) {
	h.Fixed.Write(r.Context(), Brief{Audience: "engineers", Text: r.FormValue("q")})
}
