// Package api reads requests and asks package llm.
package api

import (
	"net/http"

	"example.com/promptinject/llm"
)

type handler struct{ assistant *llm.Assistant }

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	persona := llm.Normalize(r.FormValue("persona"))
	h.assistant.Ask(r.Context(), persona, "hello") // want `^user input from r.FormValue\("persona"\) reaches the system prompt: `
}

func (h *handler) questionOnly(w http.ResponseWriter, r *http.Request) {
	h.assistant.Ask(r.Context(), "a helpful assistant", r.FormValue("q"))
}
