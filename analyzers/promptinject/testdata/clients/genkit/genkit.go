// Package genkit builds Genkit prompts from user input.
package genkit

import (
	"net/http"

	"github.com/firebase/genkit/go/ai"
	"github.com/firebase/genkit/go/genkit"
)

type server struct{ g *genkit.Genkit }

func (s *server) persona(w http.ResponseWriter, r *http.Request) {
	genkit.GenerateText(r.Context(), s.g, ai.WithModelName("openai/gpt-4o-mini"), // want `^user input from r.FormValue\("persona"\) reaches the system prompt`
		ai.WithSystem("You are "+r.FormValue("persona")), ai.WithPrompt(r.FormValue("q")))
}

func (s *server) question(w http.ResponseWriter, r *http.Request) {
	genkit.GenerateText(r.Context(), s.g, ai.WithModelName("openai/gpt-4o-mini"),
		ai.WithSystem("You answer questions about our product."), ai.WithPrompt(r.FormValue("persona")))
}
