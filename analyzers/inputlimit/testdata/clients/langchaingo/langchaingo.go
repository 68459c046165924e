// Package langchaingo sends user input of any length, or of a bounded
// one, through langchaingo's OpenAI model.
package langchaingo

import (
	"net/http"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/openai"
)

type server struct{ llm *openai.LLM }

func (s *server) ask(w http.ResponseWriter, r *http.Request) {
	s.llm.Call(r.Context(), r.FormValue("q")) // want `^user input from r.FormValue\("q"\) reaches the prompt with no length limit`
}

func (s *server) bounded(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	if len(q) > 2000 {
		http.Error(w, "too long", http.StatusRequestEntityTooLarge)
		return
	}
	s.llm.GenerateContent(r.Context(), []llms.MessageContent{llms.TextParts(llms.ChatMessageTypeHuman, q)})
}
