// Package givenbot serves users with the models its constructors are
// given: whether each is OpenAI's is known where a caller gives it.
package givenbot

import (
	"net/http"

	"github.com/tmc/langchaingo/llms"
)

type Persona struct{ llm llms.Model }

func NewPersona(llm llms.Model) *Persona { return &Persona{llm: llm} } // want NewPersona:`givenFindings\(givenbot/givenbot.go:21\)`

func (p *Persona) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	persona := r.FormValue("persona")
	msgs := []llms.MessageContent{
		llms.TextParts(llms.ChatMessageTypeSystem, "You are "+persona+". Answer briefly."),
		llms.TextParts(llms.ChatMessageTypeHuman, r.FormValue("q")),
	}
	p.reply(w, r, msgs)
}

func (p *Persona) reply(w http.ResponseWriter, r *http.Request, msgs []llms.MessageContent) {
	resp, err := p.llm.GenerateContent(r.Context(), msgs)
	if err != nil || len(resp.Choices) == 0 {
		http.Error(w, "no answer", http.StatusBadGateway)
		return
	}
	w.Write([]byte(resp.Choices[0].Content))
}

// The safe twin: the persona goes in the user's message.
type Guest struct{ llm llms.Model }

func NewGuest(llm llms.Model) *Guest { return &Guest{llm: llm} }

func (g *Guest) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	msgs := []llms.MessageContent{
		llms.TextParts(llms.ChatMessageTypeSystem, "Answer briefly."),
		llms.TextParts(llms.ChatMessageTypeHuman, "As "+r.FormValue("persona")+": "+r.FormValue("q")),
	}
	g.llm.GenerateContent(r.Context(), msgs)
}
