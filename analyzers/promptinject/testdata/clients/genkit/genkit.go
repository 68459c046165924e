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

// A prompt defined with user input in its system text carries it to
// every run.
func (s *server) definedPersona(w http.ResponseWriter, r *http.Request) {
	p := genkit.DefinePrompt(s.g, "persona", ai.WithModelName("openai/gpt-4o-mini"), ai.WithSystem("You are "+r.FormValue("persona")))
	p.Execute(r.Context(), ai.WithInput(map[string]any{"q": r.FormValue("q")})) // want `^user input from r.FormValue\("persona"\) reaches the system prompt`
}

func (s *server) definedQuestion(w http.ResponseWriter, r *http.Request) {
	p := genkit.DefinePrompt(s.g, "question", ai.WithModelName("openai/gpt-4o-mini"), ai.WithSystem("You answer questions about our product."),
		ai.WithPrompt("{{q}}"))
	p.Execute(r.Context(), ai.WithInput(map[string]any{"q": r.FormValue("persona")}))
}

// A system text is a template: the input's variables it reads are in the
// system prompt, the others are not.
func (s *server) templatedPersona(w http.ResponseWriter, r *http.Request) {
	p := genkit.DefinePrompt(s.g, "persona", ai.WithModelName("openai/gpt-4o-mini"),
		ai.WithSystem("You are {{persona}}, working for {{company}}."), ai.WithPrompt("{{q}}"))
	p.Execute(r.Context(), ai.WithInput(map[string]any{ // want `^user input from r.FormValue\("persona"\) reaches the system prompt`
		"persona": r.FormValue("persona"), "company": "Acme", "q": r.FormValue("q"),
	}))
}

func (s *server) templatedQuestion(w http.ResponseWriter, r *http.Request) {
	p := genkit.DefinePrompt(s.g, "question", ai.WithModelName("openai/gpt-4o-mini"),
		ai.WithSystem("You work for {{company}}. {{! the user's question is below }}"), ai.WithPrompt("{{q}}"))
	p.Execute(r.Context(), ai.WithInput(map[string]any{"company": "Acme", "q": r.FormValue("q")}))
}

type ticket struct {
	Customer string `json:"customer"`
	Body     string `json:"body"`
}

func (s *server) templatedTicket(w http.ResponseWriter, r *http.Request) {
	p := genkit.DefineDataPrompt[ticket, string](s.g, "triage", ai.WithModelName("openai/gpt-4o-mini"),
		ai.WithSystem("Triage tickets of {{#if customer}}{{customer}}{{/if}}."), ai.WithPrompt("{{body}}"))
	p.Execute(r.Context(), ticket{Customer: r.FormValue("customer"), Body: r.FormValue("body")}) // want `^user input from r.FormValue\("customer"\) reaches the system prompt`
}

func (s *server) templatedTicketBody(w http.ResponseWriter, r *http.Request) {
	p := genkit.DefineDataPrompt[ticket, string](s.g, "triage", ai.WithModelName("openai/gpt-4o-mini"),
		ai.WithSystem("Triage tickets of {{customer}}."), ai.WithPrompt("{{body}}"))
	p.Execute(r.Context(), ticket{Customer: "Acme", Body: r.FormValue("body")})
}

// A data prompt's input may be a map given in place: its keys are its
// variables.
func (s *server) templatedMapPersona(w http.ResponseWriter, r *http.Request) {
	p := genkit.DefineDataPrompt[map[string]any, string](s.g, "persona", ai.WithModelName("openai/gpt-4o-mini"),
		ai.WithSystem("You are {{persona}}."), ai.WithPrompt("{{q}}"))
	p.Execute(r.Context(), map[string]any{"persona": r.FormValue("persona"), "q": "Hello"}) // want `^user input from r.FormValue\("persona"\) reaches the system prompt`
}

func (s *server) templatedMapQuestion(w http.ResponseWriter, r *http.Request) {
	p := genkit.DefineDataPrompt[map[string]any, string](s.g, "question", ai.WithModelName("openai/gpt-4o-mini"),
		ai.WithSystem("You are {{persona}}."), ai.WithPrompt("{{q}}"))
	p.Execute(r.Context(), map[string]any{"persona": "a librarian", "q": r.FormValue("q")})
}
