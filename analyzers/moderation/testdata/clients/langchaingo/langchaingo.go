// Package langchaingo sends user input through langchaingo's OpenAI model.
package langchaingo

import (
	"net/http"

	"github.com/openai/openai-go/v3"
	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/ollama"
	lcopenai "github.com/tmc/langchaingo/llms/openai"
)

type server struct {
	llm    *lcopenai.LLM
	client openai.Client
}

func (s *server) ask(w http.ResponseWriter, r *http.Request) {
	msgs := []llms.MessageContent{llms.TextParts(llms.ChatMessageTypeHuman, r.FormValue("q"))}
	s.llm.GenerateContent(r.Context(), msgs) // want `^user input from r.FormValue\("q"\) reaches the prompt with no moderation: moderate it first$`
}

func (s *server) single(w http.ResponseWriter, r *http.Request) {
	llms.GenerateFromSinglePrompt(r.Context(), s.llm, r.FormValue("q")) // want `user input from r.FormValue\("q"\) reaches the prompt`
}

// The program moderates with openai-go before it asks langchaingo.
func (s *server) moderated(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	mod, err := s.client.Moderations.New(r.Context(), openai.ModerationNewParams{
		Input: openai.ModerationNewParamsInputUnion{OfString: openai.String(q)},
	})
	if err != nil || mod.Results[0].Flagged {
		http.Error(w, "rejected", http.StatusBadRequest)
		return
	}
	s.llm.Call(r.Context(), q)
}

// A local model is not OpenAI's: its prompt is not checked.
func (s *server) local(w http.ResponseWriter, r *http.Request) {
	m, err := ollama.New()
	if err != nil {
		return
	}
	m.Call(r.Context(), r.FormValue("q"))
}
