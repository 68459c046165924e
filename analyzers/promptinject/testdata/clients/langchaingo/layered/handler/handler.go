// want package:`givenElsewhere\(example.com/promptinject/clients/langchaingo/layered/service.NewAssistant@handler/handler.go:17\)`

// Package handler serves the assistant it is given.
package handler

import (
	"net/http"

	"example.com/promptinject/clients/langchaingo/layered/service"
)

type Handler struct{ assistant *service.Assistant }

func New(a *service.Assistant) *Handler { return &Handler{assistant: a} }

func (h *Handler) Persona(w http.ResponseWriter, r *http.Request) {
	answer, _ := h.assistant.Ask(r.Context(), r.FormValue("persona"), r.FormValue("q"))
	w.Write([]byte(answer))
}

// The safe twin: the persona is the server's.
func (h *Handler) Tutor(w http.ResponseWriter, r *http.Request) {
	answer, _ := h.assistant.Ask(r.Context(), "a patient tutor", r.FormValue("q"))
	w.Write([]byte(answer))
}
