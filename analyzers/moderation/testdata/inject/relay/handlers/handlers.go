// Package handlers asks the answerer it is given, unmoderated.
package handlers

import (
	"net/http"

	"example.com/moderation/inject/relay/ports"
)

type Relayed struct{ ai ports.Answerer }

func NewRelayed(a ports.Answerer) *Relayed { return &Relayed{ai: a} }

func (h *Relayed) Ask(w http.ResponseWriter, r *http.Request) {
	h.ai.Answer(r.Context(), r.FormValue("relayed"))
}
