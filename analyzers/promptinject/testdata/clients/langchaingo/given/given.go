// Package given prompts the models a handler gives its helpers: OpenAI's
// in one, another provider's in the other.
package given

import (
	"context"
	"net/http"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/ollama"
	"github.com/tmc/langchaingo/llms/openai"
)

type server struct {
	gpt   *openai.LLM
	llama *ollama.LLM
}

func answer(ctx context.Context, llm llms.Model, persona, q string) {
	msgs := []llms.MessageContent{
		llms.TextParts(llms.ChatMessageTypeSystem, "You are "+persona),
		llms.TextParts(llms.ChatMessageTypeHuman, q),
	}
	llm.GenerateContent(ctx, msgs)
}

func answerLocally(ctx context.Context, llm llms.Model, persona, q string) {
	msgs := []llms.MessageContent{
		llms.TextParts(llms.ChatMessageTypeSystem, "You are "+persona),
		llms.TextParts(llms.ChatMessageTypeHuman, q),
	}
	llm.GenerateContent(ctx, msgs)
}

func (s *server) persona(w http.ResponseWriter, r *http.Request) {
	answer(r.Context(), s.gpt, r.FormValue("persona"), r.FormValue("q")) // want `^user input from r.FormValue\("persona"\) reaches the system prompt`
	answerLocally(r.Context(), s.llama, r.FormValue("persona"), r.FormValue("q"))
}
