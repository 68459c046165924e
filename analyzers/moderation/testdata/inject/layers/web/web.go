// Package web serves questions through the service it is given.
package web

import (
	"context"
	"net/http"
)

type Service interface {
	Ask(ctx context.Context, q string) (string, error)
	Title(ctx context.Context, q string) (string, error)
}

type Handler struct{ svc Service }

func New(svc Service) *Handler { return &Handler{svc: svc} }

func (h *Handler) Ask(w http.ResponseWriter, r *http.Request) {
	h.svc.Ask(r.Context(), r.FormValue("q"))
}

func (h *Handler) Title(w http.ResponseWriter, r *http.Request) {
	h.svc.Title(r.Context(), r.FormValue("doc"))
}
