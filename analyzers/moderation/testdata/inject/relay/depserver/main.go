// Command depserver gives the model to the routes in a struct of theirs.
package main

import (
	"net/http"

	"example.com/moderation/inject/llm"
	"example.com/moderation/inject/relay/routes"
	"github.com/openai/openai-go/v3"
)

func main() {
	deps := routes.Deps{AI: &llm.OpenAI{Client: openai.NewClient()}} // want `^user input from r.FormValue\("relayed"\) reaches the prompt with no moderation: .* \(read at handlers/handlers.go:15; sent by OpenAI.Answer \(wired here as the ports.Answerer called at handlers/handlers.go:15\)\)`
	http.ListenAndServe(":8080", routes.FromDeps(deps))
}
