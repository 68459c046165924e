// Package einomodels makes the chat models of the program's handlers.
package einomodels

import (
	"context"

	"github.com/cloudwego/eino-ext/components/model/openai"
)

// OpenAI makes a model on OpenAI's API.
func OpenAI(ctx context.Context) (*openai.ChatModel, error) {
	return openai.NewChatModel(ctx, &openai.ChatModelConfig{Model: "gpt-4o-mini"})
}

// Qwen points its model at another provider's compatible API.
func Qwen(ctx context.Context) (*openai.ChatModel, error) {
	return openai.NewChatModel(ctx, &openai.ChatModelConfig{Model: "qwen-max", BaseURL: "https://dashscope.aliyuncs.com/compatible-mode/v1"})
}

// Configured makes a model with its caller's config.
func Configured(ctx context.Context, config *openai.ChatModelConfig) (*openai.ChatModel, error) {
	return openai.NewChatModel(ctx, config)
}
