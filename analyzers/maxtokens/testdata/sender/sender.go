// Package sender sends the params its callers give it, for package
// wrappers: its calls are the requests maxtokens checks.
package sender

import (
	"context"

	"github.com/openai/openai-go/v3"
	goopenai "github.com/sashabaranov/go-openai"
)

// Send sends the params as the caller made them.
func Send(ctx context.Context, client *openai.Client, p openai.ChatCompletionNewParams) (*openai.ChatCompletion, error) {
	return client.Chat.Completions.New(ctx, p)
}

// SendBounded bounds every request itself.
func SendBounded(ctx context.Context, client *openai.Client, p openai.ChatCompletionNewParams) (*openai.ChatCompletion, error) {
	p.MaxCompletionTokens = openai.Int(1024)
	return Send(ctx, client, p)
}

// Create sends go-openai requests as the caller made them.
func Create(ctx context.Context, client *goopenai.Client, req goopenai.ChatCompletionRequest) {
	client.CreateChatCompletion(ctx, req)
}

// SendLong allows long answers.
func SendLong(ctx context.Context, client *openai.Client, p openai.ChatCompletionNewParams) (*openai.ChatCompletion, error) {
	p.MaxCompletionTokens = openai.Int(100_000)
	return Send(ctx, client, p)
}
