// Package eino bounds, or not, the requests of an older eino (v0.3),
// whose OpenAI model has no options of its own: the core's WithMaxTokens
// and the config's MaxTokens are the bounds there, and max_tokens is not
// deprecated.
package eino

import (
	"context"

	"github.com/cloudwego/eino-ext/components/model/openai"
	"github.com/cloudwego/eino/components/model"
	"github.com/cloudwego/eino/schema"
)

func newModel(ctx context.Context) model.ChatModel {
	m, _ := openai.NewChatModel(ctx, &openai.ChatModelConfig{Model: "gpt-4o-mini"})
	return m
}

func newBoundedModel(ctx context.Context) model.ChatModel {
	limit := 512
	m, _ := openai.NewChatModel(ctx, &openai.ChatModelConfig{Model: "gpt-4o-mini", MaxTokens: &limit})
	return m
}

func unbounded(ctx context.Context, q string) (*schema.Message, error) {
	return newModel(ctx).Generate(ctx, []*schema.Message{schema.UserMessage(q)}) // want `^chat completion request has no output token limit: pass model.WithMaxTokens\(n\)$`
}

func streamed(ctx context.Context, q string) error {
	_, err := newModel(ctx).Stream(ctx, []*schema.Message{schema.UserMessage(q)}) // want `has no output token limit`
	return err
}

func boundedByOption(ctx context.Context, q string) (*schema.Message, error) {
	return newModel(ctx).Generate(ctx, []*schema.Message{schema.UserMessage(q)}, model.WithMaxTokens(256))
}

func boundedByConfig(ctx context.Context, q string) (*schema.Message, error) {
	return newBoundedModel(ctx).Generate(ctx, []*schema.Message{schema.UserMessage(q)})
}
