// Command server wires the handler to the planner, and the planner to
// the model, each converted to its interface by its own package.
package main

import (
	"net/http"
	"os"

	"example.com/taint/inject/chain/gpt"
	"example.com/taint/inject/chain/planner"
	"example.com/taint/inject/chain/web"
)

func main() {
	h := &web.Handler{Planner: planner.New(gpt.New(os.Getenv("OPENAI_API_KEY")))} // want `^flow from r.FormValue\("topic"\) \(web/web.go:19\) to a chat completion request sent by Client.Complete \(wired here as the planner.Planner called at web/web.go:19, then through service.Plan to the model.Completer\)$` `^flow from r.FormValue\("text"\) \(web/web.go:20\) to a chat completion request sent by Client.Complete \(wired here as the planner.Planner called at web/web.go:20, then through service.Summarize to the model.Completer\) \[bounded\]$` `^flow from r.FormValue\("msg"\) \(web/web.go:21\) to a chat completion request sent by Client.Complete \(wired here as the planner.Planner called at web/web.go:21, then through service.Reply to the model.Completer\) \[moderated\]$` `^flow from r.FormValue\("persona"\) \(web/web.go:22\) to a chat completion request sent by Client.Complete \(wired here as the planner.Planner called at web/web.go:22, then through service.Persona to the model.Completer\) \[system\]$` `^flow from r.FormValue\("question"\) \(web/web.go:25\) to a chat completion request sent by Client.Chat \(wired here as the planner.Planner called at web/web.go:25, then through service.Ask to the model.Completer\)$`
	http.HandleFunc("/plan", h.Serve)
	http.ListenAndServe(":8080", nil)
}
