// Package genkit sends user input through Genkit's OpenAI plugin.
package genkit

import (
	"net/http"

	"github.com/firebase/genkit/go/ai"
	"github.com/firebase/genkit/go/genkit"
)

type server struct{ g *genkit.Genkit }

func (s *server) ask(w http.ResponseWriter, r *http.Request) {
	genkit.GenerateText(r.Context(), s.g, ai.WithModelName("openai/gpt-4o-mini"), ai.WithPrompt(r.FormValue("q"))) // want `^user input from r.FormValue\("q"\) reaches the prompt with no moderation`
}

func (s *server) gemini(w http.ResponseWriter, r *http.Request) {
	genkit.GenerateText(r.Context(), s.g, ai.WithModelName("googleai/gemini-2.5-flash"), ai.WithPrompt(r.FormValue("q")))
}
