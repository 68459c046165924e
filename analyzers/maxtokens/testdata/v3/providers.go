package v3

import (
	"context"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
)

// Another provider's OpenAI-compatible API may know only max_tokens.
func otherProvider(ctx context.Context) {
	c := openai.NewClient(option.WithBaseURL("http://localhost:8080/v1"))
	c.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: "local", MaxTokens: openai.Int(100)})
	c.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: "local"})
}
