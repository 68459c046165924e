// Package givenapp gives the bots their Genkit.
package givenapp

import (
	"context"
	"net/http"

	"example.com/promptinject/clients/genkit/givenbot"
	"github.com/firebase/genkit/go/genkit"
)

func routes(ctx context.Context) {
	g := genkit.Init(ctx, genkit.WithDefaultModel("openai/gpt-4o-mini"))
	http.Handle("/persona", givenbot.NewPersona(g)) // want `^user input from r.FormValue\("persona"\) reaches the system prompt: .* \(at givenbot/givenbot.go:18, through this model\)$`
	http.Handle("/guest", givenbot.NewGuest(g))

	// Another provider's default is not OpenAI's to protect.
	local := genkit.Init(ctx, genkit.WithDefaultModel("ollama/llama3"))
	http.Handle("/local", givenbot.NewPersona(local))
}
