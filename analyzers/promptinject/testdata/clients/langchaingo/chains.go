package langchaingo

import (
	"net/http"

	"github.com/tmc/langchaingo/chains"
	"github.com/tmc/langchaingo/prompts"
)

// An LLM chain formats its whole chat template into one human message
// (its messages as "System: ...", "Human: ..." lines): the values a call
// gives never reach the system role, even where a system message
// template reads them.
func (s *server) chainPersona(w http.ResponseWriter, r *http.Request) {
	prompt := prompts.NewChatPromptTemplate([]prompts.MessageFormatter{
		prompts.NewSystemMessagePromptTemplate("You are {{.persona}}.", []string{"persona"}),
		prompts.NewHumanMessagePromptTemplate("{{.question}}", []string{"question"}),
	})
	chains.Call(r.Context(), chains.NewLLMChain(s.llm, prompt), map[string]any{
		"persona":  r.FormValue("persona"),
		"question": r.FormValue("q"),
	})
}
