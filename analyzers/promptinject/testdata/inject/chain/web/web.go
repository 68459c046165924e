// Package web serves the planner over HTTP: it reads user input and passes
// it to the interface it is given.
package web

import (
	"net/http"

	"example.com/promptinject/inject/chain/planner"
)

type Handler struct {
	Planner planner.Planner
}

func (h *Handler) Serve(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	w.Write([]byte(h.Planner.Plan(ctx, r.FormValue("topic"))))
	w.Write([]byte(h.Planner.Summarize(ctx, r.FormValue("text"))))
	w.Write([]byte(h.Planner.Reply(ctx, r.FormValue("msg"))))
	w.Write([]byte(h.Planner.Persona(ctx, r.FormValue("persona"))))
	h.Planner.Note(ctx, r.FormValue("note"))
	w.Write([]byte(h.Planner.Plan(ctx, "Go")))
}
