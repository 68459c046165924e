// want package:`inputcalls\(example.com/taint/inject/chain/planner.Planner.Plan:2<-r.FormValue\("topic"\) example.com/taint/inject/chain/planner.Planner.Summarize:2<-r.FormValue\("text"\) example.com/taint/inject/chain/planner.Planner.Reply:2<-r.FormValue\("msg"\) example.com/taint/inject/chain/planner.Planner.Persona:2<-r.FormValue\("persona"\) example.com/taint/inject/chain/planner.Planner.Note:2<-r.FormValue\("note"\) example.com/taint/inject/chain/planner.Planner.Ask:2<-r.FormValue\("question"\)\)` package:`wirings\(\*planner.service as example.com/taint/inject/chain/planner.Planner in example.com/taint/inject/chain/planner.New\)`

// Package web serves the planner over HTTP: it reads user input and passes
// it to the interface it is given.
package web

import (
	"net/http"

	"example.com/taint/inject/chain/planner"
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
	w.Write([]byte(h.Planner.Ask(ctx, r.FormValue("question"))))
}
