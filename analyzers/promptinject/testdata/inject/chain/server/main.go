// Command server wires the handler to the planner, and the planner to
// the model, each converted to its interface by its own package.
package main

import (
	"net/http"

	"example.com/promptinject/inject/chain/gpt"
	"example.com/promptinject/inject/chain/planner"
	"example.com/promptinject/inject/chain/web"
)

func main() {
	h := &web.Handler{Planner: planner.New(gpt.New())} // want `^user input from r.FormValue\("persona"\) \(web/web.go:20\) reaches the system prompt of a chat completion request sent by Client.Complete \(wired here as the planner.Planner called at web/web.go:20, then through service.Persona to the model.Completer\)`
	http.HandleFunc("/plan", h.Serve)
	http.ListenAndServe(":8080", nil)
}
