// Package eino sends user input through eino's OpenAI chat model.
package eino

import (
	"context"
	"net/http"

	"example.com/moderation/clients/eino/einomodels"
	"github.com/cloudwego/eino-ext/components/model/openai"
	"github.com/cloudwego/eino/adk"
	"github.com/cloudwego/eino/schema"
)

type server struct{ model *openai.ChatModel }

func newServer(ctx context.Context) (*server, error) {
	m, err := openai.NewChatModel(ctx, &openai.ChatModelConfig{Model: "gpt-4o-mini"})
	return &server{model: m}, err
}

func (s *server) ask(w http.ResponseWriter, r *http.Request) {
	s.model.Generate(r.Context(), []*schema.Message{schema.UserMessage(r.FormValue("q"))}) // want `^user input from r.FormValue\("q"\) reaches the prompt with no moderation`
}

func (s *server) fixed(w http.ResponseWriter, r *http.Request) {
	s.model.Generate(r.Context(), []*schema.Message{schema.UserMessage("Tell me a joke.")})
}

// The ADK's runner sends the query to its agent's model.
type agentServer struct{ runner *adk.Runner }

func newAgentServer(ctx context.Context) (*agentServer, error) {
	m, err := openai.NewChatModel(ctx, &openai.ChatModelConfig{Model: "gpt-4o-mini"})
	if err != nil {
		return nil, err
	}
	chat, err := adk.NewChatModelAgent(ctx, &adk.ChatModelAgentConfig{Name: "helper", Description: "helps", Model: m})
	return &agentServer{runner: adk.NewRunner(ctx, adk.RunnerConfig{Agent: chat})}, err
}

func (s *agentServer) ask(w http.ResponseWriter, r *http.Request) {
	s.runner.Query(r.Context(), r.FormValue("q")) // want `user input from r.FormValue\("q"\) reaches the prompt with no moderation`
}

func (s *agentServer) fixed(w http.ResponseWriter, r *http.Request) {
	s.runner.Query(r.Context(), "Tell me a joke.")
}

// A model whose config is out of sight, stored by another package, may
// be pointed at any provider's API: eino's OpenAI model often serves
// others, whose accounts have no Moderation endpoint to call.
type Models struct{ Chat *openai.ChatModel }

type configuredElsewhere struct{ models map[string]Models }

func (s *configuredElsewhere) ask(w http.ResponseWriter, r *http.Request) {
	m := s.models[r.FormValue("model")]
	m.Chat.Generate(r.Context(), []*schema.Message{schema.UserMessage(r.FormValue("q"))})
}

// So may one kept in a field this package never sets.
type unset struct{ model *openai.ChatModel }

func (s *unset) ask(w http.ResponseWriter, r *http.Request) {
	s.model.Generate(r.Context(), []*schema.Message{schema.UserMessage(r.FormValue("q"))})
}

// A model another package makes is OpenAI's as its config says.
func askMade(w http.ResponseWriter, r *http.Request) {
	m, err := einomodels.OpenAI(r.Context())
	if err != nil {
		return
	}
	m.Generate(r.Context(), []*schema.Message{schema.UserMessage(r.FormValue("q"))}) // want `^user input from r.FormValue\("q"\) reaches the prompt with no moderation`
}

func askMadeElsewhere(w http.ResponseWriter, r *http.Request) {
	m, err := einomodels.Qwen(r.Context())
	if err != nil {
		return
	}
	m.Generate(r.Context(), []*schema.Message{schema.UserMessage(r.FormValue("q"))})
}

func askMadeConfigured(w http.ResponseWriter, r *http.Request, config *openai.ChatModelConfig) {
	m, err := einomodels.Configured(r.Context(), config)
	if err != nil {
		return
	}
	m.Generate(r.Context(), []*schema.Message{schema.UserMessage(r.FormValue("q"))})
}
