// Command server gives the model to the moderated handler, to the open
// one through its constructor and to a second demo, and a canned answer
// to the first demo. Its app keeps the model and a canned answer in
// fields, and builds a handler from each later.
package main

import (
	"context"
	"net/http"

	"example.com/moderation/inject/holders/web"
	"example.com/moderation/inject/llm"
	"github.com/openai/openai-go/v3"
)

func main() {
	client := openai.NewClient()
	http.HandleFunc("/demo", web.Demo(llm.Canned{}))
	moderated := &web.Moderated{AI: &llm.OpenAI{Client: client}, Client: client}
	http.HandleFunc("/ask", moderated.Ask)
	open := web.NewOpen(&llm.OpenAI{Client: client}) // want `^user input from r.FormValue\("topic"\) reaches the prompt with no moderation: .* \(read at web/web.go:47; sent by OpenAI.Answer \(wired here as the web.Answerer called at web/web.go:47\)\)`
	http.HandleFunc("/open", open.Ask)
	http.HandleFunc("/live", web.Demo(&llm.OpenAI{Client: client})) // want `^user input from r.FormValue\("q"\) reaches the prompt .* \(read at web/web.go:20; sent by OpenAI.Answer \(wired here as the web.Answerer called at web/web.go:20\)\)`
	a := &app{
		model:  &llm.OpenAI{Client: client}, // want `^user input from r.FormValue\("kept"\) reaches the prompt .* \(read at web/web.go:\d+; sent by OpenAI.Answer \(wired here as the web.Answerer called at web/web.go:\d+\)\)`
		canned: llm.Canned{},
	}
	a.model.Answer(context.Background(), "warm up")
	a.routes()
	http.ListenAndServe(":8080", nil)
}

type app struct{ model, canned web.Answerer }

func (a *app) routes() {
	http.HandleFunc("/kept", web.NewKept(a.model).Ask)
	http.HandleFunc("/quiet", web.NewQuiet(a.canned).Ask)
}
