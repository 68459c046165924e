// Package eino sends user input through eino's OpenAI chat model.
package eino

import (
	"context"
	"net/http"

	"github.com/cloudwego/eino-ext/components/model/openai"
	"github.com/cloudwego/eino/adk"
	"github.com/cloudwego/eino/schema"
)

type server struct{ model *openai.ChatModel }

func (s *server) ask(w http.ResponseWriter, r *http.Request) {
	s.model.Generate(r.Context(), []*schema.Message{schema.UserMessage(r.FormValue("q"))}) // want `^user input from r.FormValue\("q"\) reaches the prompt with no moderation`
}

func (s *server) fixed(w http.ResponseWriter, r *http.Request) {
	s.model.Generate(r.Context(), []*schema.Message{schema.UserMessage("Tell me a joke.")})
}

// The ADK's runner sends the query to its agent's model.
type agentServer struct{ runner *adk.Runner }

func newAgentServer(ctx context.Context, m *openai.ChatModel) (*agentServer, error) {
	chat, err := adk.NewChatModelAgent(ctx, &adk.ChatModelAgentConfig{Name: "helper", Description: "helps", Model: m})
	return &agentServer{runner: adk.NewRunner(ctx, adk.RunnerConfig{Agent: chat})}, err
}

func (s *agentServer) ask(w http.ResponseWriter, r *http.Request) {
	s.runner.Query(r.Context(), r.FormValue("q")) // want `user input from r.FormValue\("q"\) reaches the prompt with no moderation`
}

func (s *agentServer) fixed(w http.ResponseWriter, r *http.Request) {
	s.runner.Query(r.Context(), "Tell me a joke.")
}
