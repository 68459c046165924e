// Command direct converts the model's client to the planner's interface
// itself.
package main

import (
	"net/http"
	"os"

	"example.com/taint/inject/chain/gpt"
	"example.com/taint/inject/chain/planner"
	"example.com/taint/inject/chain/web"
)

func main() {
	client := gpt.NewClient(os.Getenv("OPENAI_API_KEY"))
	h := &web.Handler{Planner: planner.New(client)} // want `^flow from r.FormValue\("topic"\) \(web/web.go:19\) to a chat completion request sent by Client.Complete \(wired here as the planner.Planner called at web/web.go:19, then through service.Plan to the model.Completer\)$` `^flow from r.FormValue\("text"\) \(web/web.go:20\) to a chat completion request sent by Client.Complete \(wired here as the planner.Planner called at web/web.go:20, then through service.Summarize to the model.Completer\) \[bounded\]$` `^flow from r.FormValue\("msg"\) \(web/web.go:21\) to a chat completion request sent by Client.Complete \(wired here as the planner.Planner called at web/web.go:21, then through service.Reply to the model.Completer\) \[moderated\]$` `^flow from r.FormValue\("persona"\) \(web/web.go:22\) to a chat completion request sent by Client.Complete \(wired here as the planner.Planner called at web/web.go:22, then through service.Persona to the model.Completer\) \[system\]$` `^flow from r.FormValue\("question"\) \(web/web.go:25\) to a chat completion request sent by Client.Chat \(wired here as the planner.Planner called at web/web.go:25, then through service.Ask to the model.Completer\)$`
	http.HandleFunc("/plan", h.Serve)
	http.ListenAndServe(":8080", nil)
}
