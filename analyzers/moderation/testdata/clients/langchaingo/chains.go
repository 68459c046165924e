package langchaingo

import (
	"net/http"

	"github.com/tmc/langchaingo/chains"
	"github.com/tmc/langchaingo/memory"
)

// A conversation chain over the OpenAI model sends what it is given.
func (s *server) converse(w http.ResponseWriter, r *http.Request) {
	chat := chains.NewConversation(s.llm, memory.NewConversationBuffer())
	chains.Run(r.Context(), chat, r.FormValue("q")) // want `user input from r.FormValue\("q"\) reaches the prompt with no moderation`
}

func (s *server) converseFixed(w http.ResponseWriter, r *http.Request) {
	chat := chains.NewConversation(s.llm, memory.NewConversationBuffer())
	chains.Run(r.Context(), chat, "Tell me a joke.")
}
