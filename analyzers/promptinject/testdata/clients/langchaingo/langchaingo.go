// Package langchaingo builds langchaingo prompts from user input.
package langchaingo

import (
	"net/http"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/openai"
)

type server struct{ llm *openai.LLM }

func (s *server) persona(w http.ResponseWriter, r *http.Request) {
	msgs := []llms.MessageContent{
		llms.TextParts(llms.ChatMessageTypeSystem, "You are "+r.FormValue("persona")),
		llms.TextParts(llms.ChatMessageTypeHuman, r.FormValue("q")),
	}
	s.llm.GenerateContent(r.Context(), msgs) // want `^user input from r.FormValue\("persona"\) reaches the system prompt`
}

// The same input as the user's own message is what user messages are for.
func (s *server) question(w http.ResponseWriter, r *http.Request) {
	msgs := []llms.MessageContent{
		llms.TextParts(llms.ChatMessageTypeSystem, "You answer questions about our product."),
		llms.TextParts(llms.ChatMessageTypeHuman, r.FormValue("persona")),
	}
	s.llm.GenerateContent(r.Context(), msgs)
}

func (s *server) literal(w http.ResponseWriter, r *http.Request) {
	msgs := []llms.MessageContent{{
		Role:  llms.ChatMessageTypeSystem,
		Parts: []llms.ContentPart{llms.TextContent{Text: "Answer in " + r.FormValue("lang")}},
	}}
	s.llm.GenerateContent(r.Context(), msgs) // want `user input from r.FormValue\("lang"\) reaches the system prompt`
}

func (s *server) literalHuman(w http.ResponseWriter, r *http.Request) {
	msgs := []llms.MessageContent{{
		Role:  llms.ChatMessageTypeHuman,
		Parts: []llms.ContentPart{llms.TextContent{Text: "Answer in " + r.FormValue("lang")}},
	}}
	s.llm.GenerateContent(r.Context(), msgs)
}
