// Package agent answers questions with langchaingo's OpenAI model.
package agent

import (
	"fmt"
	"net/http"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/openai"
)

// Agent holds the model; it reads its key from OPENAI_API_KEY.
type Agent struct {
	llm *openai.LLM
}

func New() (*Agent, error) {
	llm, err := openai.New(openai.WithModel("gpt-4o-mini"))
	if err != nil {
		return nil, err
	}
	return &Agent{llm: llm}, nil
}

// Ask answers a question in the persona the caller picks.
func (a *Agent) Ask(w http.ResponseWriter, r *http.Request) {
	msgs := []llms.MessageContent{
		llms.TextParts(llms.ChatMessageTypeSystem, "You are "+r.FormValue("persona")+". Answer briefly."),
		llms.TextParts(llms.ChatMessageTypeHuman, r.FormValue("q")),
	}
	resp, err := a.llm.GenerateContent(r.Context(), msgs)
	if err != nil {
		http.Error(w, "upstream error", http.StatusBadGateway)
		return
	}
	fmt.Fprint(w, resp.Choices[0].Content)
}
