// Command depserver gives the model to the routes in a struct of theirs.
package main

import (
	"net/http"

	"example.com/moderation/inject/llm"
	"example.com/moderation/inject/relay/routes"
	"github.com/openai/openai-go/v3"
)

func main() {
	deps := routes.Deps{AI: &llm.OpenAI{Client: openai.NewClient()}} // want `^user input from r.FormValue\("relayed"\) \(handlers/handlers.go:15\) reaches the prompt of a chat completion request sent by OpenAI.Answer \(wired here as the ports.Answerer called at handlers/handlers.go:15\) with no moderation verdict on the way`
	http.ListenAndServe(":8080", routes.FromDeps(deps))
}
