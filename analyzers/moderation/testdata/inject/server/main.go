// Command server wires the handlers to the model: the input a handler
// reads reaches the model through the answerer wired here.
package main

import (
	"net/http"

	"example.com/moderation/inject/handler"
	"example.com/moderation/inject/llm"
	"github.com/openai/openai-go/v3"
)

func main() {
	client := openai.NewClient()
	checked := &handler.Checked{AI: &llm.OpenAI{Client: client}, Client: client}
	live := &handler.Handler{AI: &llm.OpenAI{Client: client}} // want `^user input from r.FormValue\("q"\) reaches the prompt with no moderation: .* \(read at handler/handler.go:20; sent by OpenAI.Answer \(wired here as the handler.Answerer called at handler/handler.go:20\)\)` `^user input from r.FormValue\("doc"\) reaches the prompt with no moderation: .* \(read at handler/handler.go:26; sent by OpenAI.Answer \(wired here as the handler.Answerer called at handler/handler.go:26\)\)`
	offline := &handler.Handler{AI: llm.Canned{}}
	http.HandleFunc("/ask", live.Ask)
	http.HandleFunc("/summarize", live.Summarize)
	http.HandleFunc("/checked", checked.Ask)
	http.HandleFunc("/offline", offline.Ask)
	http.ListenAndServe(":8080", nil)
}
