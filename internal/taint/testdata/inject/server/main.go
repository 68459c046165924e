// Command server wires the handler to the model.
package main

import (
	"context"
	"net/http"
	"strings"

	"example.com/taint/inject/handler"
	"example.com/taint/inject/llm"
	"github.com/openai/openai-go/v3"
)

func main() {
	h := &handler.Handler{AI: &llm.OpenAI{Client: openai.NewClient()}} // want `^flow from r.FormValue\("q"\) \(handler/handler.go:26\) to a chat completion request sent by OpenAI.Answer \(wired here as the handler.Answerer called at handler/handler.go:26\) \[system\]$` `^flow from r.FormValue\("short"\) \(handler/handler.go:27\) to a chat completion request sent by OpenAI.Answer \(wired here as the handler.Answerer called at handler/handler.go:28\) \[system bounded\]$` `^output of chat completion request reaches command execution$`
	http.HandleFunc("/ask", h.Ask)
	ai := &llm.OpenAI{Client: openai.NewClient()}
	t := &handler.Titler{
		Title: llm.Title, // want `^flow from r.FormValue\("doc"\) \(handler/handler.go:47\) to a chat completion request sent by llm.Title \(wired here as the handler.Titler.Title called at handler/handler.go:47\)$`
		Plan:  ai.Answer, // want `^output of chat completion request reaches command execution$`
		Shout: shout,
	}
	http.HandleFunc("/title", t.Serve)
	http.ListenAndServe(":8080", nil)
}

// shout sends nothing to a model: wired to Titler.Shout, it completes no
// flow and returns no output.
func shout(ctx context.Context, text string) string { return strings.ToUpper(text) } // want `^summary taint\(returns=\[1\] requests=\[\] verdicts=\[\]\)$`
