// Command server wires the handler to the planner, and the planner to
// the model, each converted to its interface by its own package.
package main

import (
	"net/http"

	"example.com/moderation/inject/chain/gpt"
	"example.com/moderation/inject/chain/planner"
	"example.com/moderation/inject/chain/web"
)

func main() {
	h := &web.Handler{Planner: planner.New(gpt.New())} // want `^user input from r.FormValue\("topic"\) \(web/web.go:17\) reaches the prompt of a chat completion request sent by Client.Complete \(wired here as the planner.Planner called at web/web.go:17, then through service.Plan to the model.Completer\) with no moderation verdict on the way` `^user input from r.FormValue\("text"\) \(web/web.go:18\) reaches the prompt of a chat completion request sent by Client.Complete \(wired here as the planner.Planner called at web/web.go:18, then through service.Summarize to the model.Completer\) with no moderation verdict on the way` `^user input from r.FormValue\("persona"\) \(web/web.go:20\) reaches the prompt of a chat completion request sent by Client.Complete \(wired here as the planner.Planner called at web/web.go:20, then through service.Persona to the model.Completer\) with no moderation verdict on the way`
	http.HandleFunc("/plan", h.Serve)
	http.ListenAndServe(":8080", nil)
}
