// Package eino asks eino's OpenAI chat model, whose config or call options
// bound the output.
package eino

import (
	"context"

	"github.com/cloudwego/eino-ext/components/model/openai"
	"github.com/cloudwego/eino/components/model"
	"github.com/cloudwego/eino/schema"
)

func newModel(ctx context.Context) (*openai.ChatModel, error) {
	return openai.NewChatModel(ctx, &openai.ChatModelConfig{Model: "gpt-4o-mini"})
}

func unbounded(ctx context.Context, q string) (*schema.Message, error) {
	m, err := openai.NewChatModel(ctx, &openai.ChatModelConfig{Model: "gpt-4o-mini"})
	if err != nil {
		return nil, err
	}
	return m.Generate(ctx, []*schema.Message{schema.UserMessage(q)}) // want `^chat completion request has no output token limit: pass openai.WithMaxCompletionTokens\(n\)$`
}

func boundedByConfig(ctx context.Context, q string) (*schema.Message, error) {
	limit := 512
	m, err := openai.NewChatModel(ctx, &openai.ChatModelConfig{Model: "gpt-4o-mini", MaxCompletionTokens: &limit})
	if err != nil {
		return nil, err
	}
	return m.Generate(ctx, []*schema.Message{schema.UserMessage(q)})
}

func boundedOnTheCall(ctx context.Context, q string) (*schema.Message, error) {
	m, err := newModel(ctx)
	if err != nil {
		return nil, err
	}
	return m.Generate(ctx, []*schema.Message{schema.UserMessage(q)}, openai.WithMaxCompletionTokens(256))
}

func legacyBound(ctx context.Context, q string) (*schema.Message, error) {
	m, err := newModel(ctx)
	if err != nil {
		return nil, err
	}
	return m.Generate(ctx, []*schema.Message{schema.UserMessage(q)}, model.WithMaxTokens(256)) // want `chat completion request uses the deprecated model.WithMaxTokens: use openai.WithMaxCompletionTokens`
}

// Through eino's interface, where this package makes the model.
type agent struct {
	model model.ToolCallingChatModel
}

func newAgent(ctx context.Context) (*agent, error) {
	m, err := newModel(ctx)
	if err != nil {
		return nil, err
	}
	return &agent{model: m}, nil
}

func (a *agent) ask(ctx context.Context, q string) (*schema.Message, error) {
	return a.model.Generate(ctx, []*schema.Message{schema.UserMessage(q)}) // want `chat completion request has no output token limit`
}

// A model the caller gives, and a config the caller gives, may be bounded.
func given(ctx context.Context, m model.BaseChatModel, q string) (*schema.Message, error) {
	return m.Generate(ctx, []*schema.Message{schema.UserMessage(q)})
}

func configured(ctx context.Context, cfg *openai.ChatModelConfig, q string) (*schema.Message, error) {
	m, err := openai.NewChatModel(ctx, cfg)
	if err != nil {
		return nil, err
	}
	return m.Generate(ctx, []*schema.Message{schema.UserMessage(q)})
}

// Another provider behind the OpenAI model is not checked.
func elsewhere(ctx context.Context, q string) (*schema.Message, error) {
	m, err := openai.NewChatModel(ctx, &openai.ChatModelConfig{Model: "qwen", BaseURL: "http://localhost:8000/v1"})
	if err != nil {
		return nil, err
	}
	return m.Generate(ctx, []*schema.Message{schema.UserMessage(q)})
}

// A model kept in a field, made from a config built in a variable.
type service struct {
	model *openai.ChatModel
}

func newService(ctx context.Context, baseURL string) (*service, error) {
	cfg := &openai.ChatModelConfig{Model: "gpt-4o-mini"}
	if baseURL != "" {
		cfg.BaseURL = baseURL
	}
	s := &service{}
	var err error
	s.model, err = openai.NewChatModel(ctx, cfg)
	return s, err
}

func (s *service) ask(ctx context.Context, q string) (*schema.Message, error) {
	return s.model.Generate(ctx, []*schema.Message{schema.UserMessage(q)}) // want `chat completion request has no output token limit`
}
