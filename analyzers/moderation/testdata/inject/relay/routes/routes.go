// Package routes builds the handlers: its API names the answerer's
// interface and net/http only, not the handlers' package.
package routes

import (
	"net/http"

	"example.com/moderation/inject/relay/handlers"
	"example.com/moderation/inject/relay/ports"
)

func Mux(a ports.Answerer) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/ask", handlers.NewRelayed(a).Ask)
	return mux
}

// Deps is what the routes need, given as one value.
type Deps struct{ AI ports.Answerer }

func FromDeps(d Deps) http.Handler { return Mux(d.AI) }
