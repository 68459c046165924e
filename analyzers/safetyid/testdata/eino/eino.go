// Package eino identifies, or not, the users of eino's OpenAI chat model.
package eino

import (
	"context"

	"github.com/cloudwego/eino-ext/components/model/openai"
	"github.com/cloudwego/eino/compose"
	"github.com/cloudwego/eino/flow/agent/react"
	"github.com/cloudwego/eino/schema"
)

type service struct {
	model *openai.ChatModel
}

func newService(ctx context.Context) (*service, error) {
	limit := 512
	m, err := openai.NewChatModel(ctx, &openai.ChatModelConfig{Model: "gpt-4o-mini", MaxCompletionTokens: &limit})
	if err != nil {
		return nil, err
	}
	return &service{model: m}, nil
}

func (s *service) anonymous(ctx context.Context, q string) (*schema.Message, error) {
	return s.model.Generate(ctx, []*schema.Message{schema.UserMessage(q)}) // want `^chat completion request has no safety_identifier: send a hashed per-user ID$`
}

func (s *service) identified(ctx context.Context, userHash, q string) (*schema.Message, error) {
	return s.model.Generate(ctx, []*schema.Message{schema.UserMessage(q)},
		openai.WithExtraFields(map[string]any{"safety_identifier": userHash}))
}

func (s *service) oneForAll(ctx context.Context, q string) (*schema.Message, error) {
	return s.model.Generate(ctx, []*schema.Message{schema.UserMessage(q)}, // want `sends a constant safety_identifier`
		openai.WithExtraFields(map[string]any{"safety_identifier": "my-app"}))
}

// Extra fields from the caller may hold the identifier.
func (s *service) extra(ctx context.Context, fields map[string]any, q string) (*schema.Message, error) {
	return s.model.Generate(ctx, []*schema.Message{schema.UserMessage(q)}, openai.WithExtraFields(fields))
}

// An agent's model options reach its model: the identifier can be among
// them.
func (s *service) agent(ctx context.Context) (*react.Agent, error) {
	return react.NewAgent(ctx, &react.AgentConfig{ToolCallingModel: s.model})
}

func (s *service) agentAnonymous(ctx context.Context, q string) (*schema.Message, error) {
	a, err := s.agent(ctx)
	if err != nil {
		return nil, err
	}
	return a.Generate(ctx, []*schema.Message{schema.UserMessage(q)}) // want `^chat completion request has no safety_identifier`
}

func (s *service) agentIdentified(ctx context.Context, userHash, q string) (*schema.Message, error) {
	a, err := s.agent(ctx)
	if err != nil {
		return nil, err
	}
	return a.Generate(ctx, []*schema.Message{schema.UserMessage(q)},
		react.WithChatModelOptions(openai.WithExtraFields(map[string]any{"safety_identifier": userHash})))
}

// A chain compiled with the model runs it, with the model options its
// run passes on.
func (s *service) chainAnonymous(ctx context.Context, q string) (*schema.Message, error) {
	r, err := compose.NewChain[[]*schema.Message, *schema.Message]().AppendChatModel(s.model).Compile(ctx)
	if err != nil {
		return nil, err
	}
	return r.Invoke(ctx, []*schema.Message{schema.UserMessage(q)}) // want `^chat completion request has no safety_identifier`
}

func (s *service) chainIdentified(ctx context.Context, userHash, q string) (*schema.Message, error) {
	r, err := compose.NewChain[[]*schema.Message, *schema.Message]().AppendChatModel(s.model).Compile(ctx)
	if err != nil {
		return nil, err
	}
	return r.Invoke(ctx, []*schema.Message{schema.UserMessage(q)},
		compose.WithChatModelOption(openai.WithExtraFields(map[string]any{"safety_identifier": userHash})))
}
