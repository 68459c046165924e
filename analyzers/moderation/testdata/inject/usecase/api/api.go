// Package api calls the use cases it is given by their concrete type.
package api

import (
	"net/http"

	"example.com/moderation/inject/usecase/usecase"
)

type Handler struct{ Usecases *usecase.Module }

func (h *Handler) Ask(w http.ResponseWriter, r *http.Request) {
	h.Usecases.Asker.Ask(r.Context(), r.FormValue("q"))
}

func (h *Handler) Count(w http.ResponseWriter, r *http.Request) {
	h.Usecases.Asker.Count(r.Context(), r.FormValue("doc"))
}
