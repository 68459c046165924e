// Package givenbot serves users on the Genkit its constructors are given:
// its calls name no model, so the instance's default decides whether
// they are OpenAI's.
package givenbot

import (
	"net/http"

	"github.com/firebase/genkit/go/ai"
	"github.com/firebase/genkit/go/genkit"
)

type Persona struct{ g *genkit.Genkit }

func NewPersona(g *genkit.Genkit) *Persona { return &Persona{g: g} } // want NewPersona:`givenFindings\(givenbot/givenbot.go:18\)`

func (p *Persona) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	text, _ := genkit.GenerateText(r.Context(), p.g,
		ai.WithSystem("You are "+r.FormValue("persona")+". Answer briefly."), ai.WithPrompt(r.FormValue("q")))
	w.Write([]byte(text))
}

// The safe twin: the persona goes in the user's prompt.
type Guest struct{ g *genkit.Genkit }

func NewGuest(g *genkit.Genkit) *Guest { return &Guest{g: g} }

func (p *Guest) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	text, _ := genkit.GenerateText(r.Context(), p.g,
		ai.WithSystem("Answer briefly."), ai.WithPrompt("As "+r.FormValue("persona")+": "+r.FormValue("q")))
	w.Write([]byte(text))
}
