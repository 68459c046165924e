// want package:`injected\(example.com/taint/inject/handler.Answerer.Answer:2<-r.FormValue\("q"\) example.com/taint/inject/handler.Answerer.Answer:2<-r.FormValue\("short"\),bounded example.com/taint/inject/handler.Answerer.Answer->command execution@handler/handler.go:35\)`

// Package handler passes user input to interfaces it is given, and runs
// what one returns: it sends nothing to a model itself, and exports the
// calls that carry input, and the call whose result reaches a sink.
package handler

import (
	"context"
	"net/http"
	"os/exec"
	"strings"
)

type Answerer interface {
	Answer(ctx context.Context, q string) string
}

type Handler struct {
	AI Answerer
	// Out is the standard library's: not a way to a model.
	Out strings.Builder
}

func (h *Handler) Ask(w http.ResponseWriter, r *http.Request) {
	h.AI.Answer(r.Context(), r.FormValue("q"))
	if q := r.FormValue("short"); len(q) < 100 {
		h.AI.Answer(r.Context(), q)
	}
	h.AI.Answer(r.Context(), "hello")
	h.Out.WriteString(r.FormValue("q"))
}

func (h *Handler) Fix(w http.ResponseWriter, r *http.Request) {
	exec.Command("sh", "-c", h.AI.Answer(r.Context(), "a command to free disk space")).Run()
}
