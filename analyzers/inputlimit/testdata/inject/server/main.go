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
		AI:      ai, // want `^user input from r.FormValue\("q"\) reaches the prompt with no length limit: .* \(read at handler/handler.go:26; sent by OpenAI.Answer \(wired here as the handler.Answerer called at handler/handler.go:26\)\)` `^user input from r.FormValue\("relay"\) reaches the prompt with no length limit: .* \(read at handler/handler.go:40; sent by OpenAI.Answer \(wired here as the handler.Answerer called at handler/handler.go:44\)\)`
	}
	http.HandleFunc("/ask", h.Ask)
	http.HandleFunc("/summarize", h.Summarize)
	http.HandleFunc("/relay", h.Relay)
	http.HandleFunc("/clip", h.Clip)
	http.ListenAndServe(":8080", nil)
}
