// Package eino builds eino prompts from user input.
package eino

import (
	"context"
	"net/http"

	"github.com/cloudwego/eino-ext/components/model/openai"
	"github.com/cloudwego/eino/compose"
	"github.com/cloudwego/eino/flow/agent/react"
	"github.com/cloudwego/eino/schema"
)

type server struct{ model *openai.ChatModel }

func (s *server) persona(w http.ResponseWriter, r *http.Request) {
	msgs := []*schema.Message{
		schema.SystemMessage("You are " + r.FormValue("persona")),
		schema.UserMessage(r.FormValue("q")),
	}
	s.model.Generate(r.Context(), msgs) // want `^user input from r.FormValue\("persona"\) reaches the system prompt`
}

func (s *server) literal(w http.ResponseWriter, r *http.Request) {
	msgs := []*schema.Message{{Role: schema.System, Content: "Answer in " + r.FormValue("lang")}}
	s.model.Stream(r.Context(), msgs) // want `user input from r.FormValue\("lang"\) reaches the system prompt`
}

func (s *server) question(w http.ResponseWriter, r *http.Request) {
	msgs := []*schema.Message{
		schema.SystemMessage("You answer questions about our product."),
		{Role: schema.User, Content: r.FormValue("q")},
	}
	s.model.Generate(r.Context(), msgs)
}

// An agent hands the messages to the model of its config.
type agentServer struct{ agent *react.Agent }

func newAgentServer(ctx context.Context, m *openai.ChatModel) (*agentServer, error) {
	a, err := react.NewAgent(ctx, &react.AgentConfig{ToolCallingModel: m})
	return &agentServer{agent: a}, err
}

func (s *agentServer) persona(w http.ResponseWriter, r *http.Request) {
	msgs := []*schema.Message{
		schema.SystemMessage("You are " + r.FormValue("persona")),
		schema.UserMessage(r.FormValue("q")),
	}
	s.agent.Generate(r.Context(), msgs) // want `user input from r.FormValue\("persona"\) reaches the system prompt`
}

func (s *agentServer) question(w http.ResponseWriter, r *http.Request) {
	msgs := []*schema.Message{
		schema.SystemMessage("You answer questions about our product."),
		schema.UserMessage(r.FormValue("q")),
	}
	s.agent.Generate(r.Context(), msgs)
}

// A graph compiled with the model, kept by the server that runs it.
type graphServer struct {
	run compose.Runnable[[]*schema.Message, *schema.Message]
}

func newGraphServer(ctx context.Context) (*graphServer, error) {
	m, err := openai.NewChatModel(ctx, &openai.ChatModelConfig{Model: "gpt-4o-mini"})
	if err != nil {
		return nil, err
	}
	g := compose.NewGraph[[]*schema.Message, *schema.Message]()
	if err := g.AddChatModelNode("model", m); err != nil {
		return nil, err
	}
	run, err := g.Compile(ctx)
	return &graphServer{run: run}, err
}

func (s *graphServer) persona(w http.ResponseWriter, r *http.Request) {
	msgs := []*schema.Message{
		schema.SystemMessage("You are " + r.FormValue("persona")),
		schema.UserMessage(r.FormValue("q")),
	}
	s.run.Invoke(r.Context(), msgs) // want `^user input from r.FormValue\("persona"\) reaches the system prompt`
}

func (s *graphServer) question(w http.ResponseWriter, r *http.Request) {
	msgs := []*schema.Message{
		schema.SystemMessage("You answer questions about our product."),
		schema.UserMessage(r.FormValue("q")),
	}
	s.run.Invoke(r.Context(), msgs)
}
