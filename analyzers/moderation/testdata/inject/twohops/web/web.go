// Package web reads the question from the request and calls the use case.
package web

import (
	"encoding/json"
	"net/http"

	"example.com/moderation/inject/twohops/ports"
)

type Handler struct{ svc ports.Service }

func NewHandler(svc ports.Service) *Handler { return &Handler{svc: svc} }

func (h *Handler) Ask(w http.ResponseWriter, r *http.Request) {
	var q ports.Question
	if err := json.NewDecoder(r.Body).Decode(&q); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	a, err := h.svc.Process(r.Context(), q)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	json.NewEncoder(w).Encode(a)
}
