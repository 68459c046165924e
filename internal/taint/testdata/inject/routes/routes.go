// want package:`injected\(example.com/taint/inject/ports.Answerer.Answer:2<-r.FormValue\("q"\) example.com/taint/inject/ports.Answerer.Answer->command execution@desk/desk.go:16\)`

// Package routes builds the desk from the answerer it is given, and names
// neither the desk's package nor its type in its API: it passes the
// desk's calls on to its importers, which may wire the answerer.
package routes

import (
	"net/http"

	"example.com/taint/inject/desk"
	"example.com/taint/inject/ports"
)

func Mux(a ports.Answerer) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/ask", (&desk.Desk{AI: a}).Serve)
	mux.Handle("/health", Health())
	return mux
}

func Health() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {})
}
