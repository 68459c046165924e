// Package eino asks through the model interface of an older eino
// (v0.3), whose ChatModel declares Generate and Stream itself. Its
// OpenAI model has no options of its own: the config's User is the only
// identifier a request can send.
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

func newUserModel(ctx context.Context, userHash string) model.ChatModel {
	m, _ := openai.NewChatModel(ctx, &openai.ChatModelConfig{Model: "gpt-4o-mini", User: &userHash})
	return m
}

func anonymous(ctx context.Context, q string) (*schema.Message, error) {
	return newModel(ctx).Generate(ctx, []*schema.Message{schema.UserMessage(q)}) // want `^chat completion request has no user: set User in openai.ChatModelConfig to a hashed per-user ID$`
}

func streamed(ctx context.Context, q string) error {
	_, err := newModel(ctx).Stream(ctx, []*schema.Message{schema.UserMessage(q)}) // want `^chat completion request has no user: set User in openai.ChatModelConfig to a hashed per-user ID$`
	return err
}

func identified(ctx context.Context, userHash, q string) (*schema.Message, error) {
	return newUserModel(ctx, userHash).Generate(ctx, []*schema.Message{schema.UserMessage(q)})
}

func inPlace(ctx context.Context, q string) (*schema.Message, error) {
	m, err := openai.NewChatModel(ctx, &openai.ChatModelConfig{Model: "gpt-4o-mini"})
	if err != nil {
		return nil, err
	}
	return m.Generate(ctx, []*schema.Message{schema.UserMessage(q)}) // want `has no user`
}
