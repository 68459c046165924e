// Command server wires the handler to the model.
package main

import (
	"net/http"

	"example.com/promptinject/inject/handler"
	"example.com/promptinject/inject/llm"
	"github.com/openai/openai-go/v3"
)

func main() {
	ai := &llm.OpenAI{Client: openai.NewClient()}
	h := &handler.Handler{
		Styled: ai,
		AI:     ai, // want `^user input from r.FormValue\("persona"\) reaches the system prompt: .* \(read at handler/handler.go:41; sent by OpenAI.Speak \(wired here as the handler.Persona called at handler/handler.go:41\)\)`
		Briefs: ai, // want `^user input from r.Body reaches the system prompt: .* \(read at handler/handler.go:54; sent by OpenAI.Write \(wired here as the handler.Briefer called at handler/handler.go:55\)\)`
		Fixed:  ai,
	}
	http.HandleFunc("/ask", h.Ask)
	http.HandleFunc("/styled", h.AskStyled)
	http.ListenAndServe(":8080", nil)
}
