// Command server wires the handler to the model.
package main

import (
	"net/http"

	"example.com/taint/inject/handler"
	"example.com/taint/inject/llm"
	"github.com/openai/openai-go/v3"
)

func main() {
	h := &handler.Handler{AI: &llm.OpenAI{Client: openai.NewClient()}} // want `^flow from r.FormValue\("q"\) \(handler/handler.go:26\) to a chat completion request sent by OpenAI.Answer \(wired here as the handler.Answerer called at handler/handler.go:26\) \[system\]$` `^flow from r.FormValue\("short"\) \(handler/handler.go:27\) to a chat completion request sent by OpenAI.Answer \(wired here as the handler.Answerer called at handler/handler.go:28\) \[system bounded\]$` `^output of chat completion request reaches command execution$`
	http.HandleFunc("/ask", h.Ask)
	http.ListenAndServe(":8080", nil)
}
