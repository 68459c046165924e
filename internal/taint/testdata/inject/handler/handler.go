// want package:`injected\(example.com/taint/inject/handler.Answerer.Answer:2<-r.FormValue\("q"\) example.com/taint/inject/handler.Answerer.Answer:2<-r.FormValue\("short"\),bounded example.com/taint/inject/handler.Titler.Title:1<-r.FormValue\("doc"\) example.com/taint/inject/handler.Titler.Shout:1<-r.FormValue\("doc"\) example.com/taint/inject/handler.Answerer.Answer->command execution@handler/handler.go:35 example.com/taint/inject/handler.Titler.Plan->command execution@handler/handler.go:48 example.com/taint/inject/handler.Titler.Shout->command execution@handler/handler.go:50\)`

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

// Titler is given functions in fields: which run is for main to say.
type Titler struct {
	Title func(ctx context.Context, text string) string
	Plan  func(ctx context.Context, task string) string
	// Shout is wired with a function that sends nothing to a model.
	Shout func(ctx context.Context, text string) string
}

func (t *Titler) Serve(w http.ResponseWriter, r *http.Request) {
	t.Title(r.Context(), r.FormValue("doc"))
	exec.Command("sh", "-c", t.Plan(r.Context(), "the next step")).Run()
	t.Shout(r.Context(), r.FormValue("doc"))
	exec.Command("sh", "-c", t.Shout(r.Context(), "ls")).Run()
}
