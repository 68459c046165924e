// Command server wires the handler to the planner, and the planner to
// the model, each converted to its interface by its own package.
package main

import (
	"net/http"

	"example.com/inputlimit/inject/chain/gpt"
	"example.com/inputlimit/inject/chain/planner"
	"example.com/inputlimit/inject/chain/web"
)

func main() {
	h := &web.Handler{Planner: planner.New(gpt.New())} // want `^user input from r.FormValue\("topic"\) \(web/web.go:17\) reaches the prompt of a chat completion request sent by Client.Complete \(wired here as the planner.Planner called at web/web.go:17, then through service.Plan to the model.Completer\) with no bound on its length` `^user input from r.FormValue\("msg"\) \(web/web.go:19\) reaches the prompt of a chat completion request sent by Client.Complete \(wired here as the planner.Planner called at web/web.go:19, then through service.Reply to the model.Completer\) with no bound on its length` `^user input from r.FormValue\("persona"\) \(web/web.go:20\) reaches the prompt of a chat completion request sent by Client.Complete \(wired here as the planner.Planner called at web/web.go:20, then through service.Persona to the model.Completer\) with no bound on its length`
	http.HandleFunc("/plan", h.Serve)
	http.ListenAndServe(":8080", nil)
}
