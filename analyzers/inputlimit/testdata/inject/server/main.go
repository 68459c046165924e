// Command server wires the handler to the model.
package main

import (
	"net/http"

	"example.com/inputlimit/inject/handler"
	"example.com/inputlimit/inject/llm"
	"github.com/openai/openai-go/v3"
)

func main() {
	ai := &llm.OpenAI{Client: openai.NewClient()}
	h := &handler.Handler{
		Summary: ai,
		AI:      ai, // want `^user input from r.FormValue\("q"\) \(handler/handler.go:26\) reaches the prompt of a chat completion request sent by OpenAI.Answer \(wired here as the handler.Answerer called at handler/handler.go:26\) with no bound on its length` `^user input from r.FormValue\("relay"\) \(handler/handler.go:40\) reaches the prompt of a chat completion request sent by OpenAI.Answer \(wired here as the handler.Answerer called at handler/handler.go:44\) with no bound on its length`
	}
	http.HandleFunc("/ask", h.Ask)
	http.HandleFunc("/summarize", h.Summarize)
	http.HandleFunc("/relay", h.Relay)
	http.HandleFunc("/clip", h.Clip)
	http.ListenAndServe(":8080", nil)
}
