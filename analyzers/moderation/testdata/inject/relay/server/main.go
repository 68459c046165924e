// Command server gives the model to the routes, which give it to a
// handler of a package it does not import.
package main

import (
	"net/http"

	"example.com/moderation/inject/llm"
	"example.com/moderation/inject/relay/routes"
	"github.com/openai/openai-go/v3"
)

func main() {
	http.ListenAndServe(":8080", routes.Mux(&llm.OpenAI{Client: openai.NewClient()})) // want `^user input from r.FormValue\("relayed"\) reaches the prompt with no moderation: .* \(read at handlers/handlers.go:15; sent by OpenAI.Answer \(wired here as the ports.Answerer called at handlers/handlers.go:15\)\)`
}
