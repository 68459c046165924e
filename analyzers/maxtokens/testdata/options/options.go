// Package options is checked with -maxtokens.default=512 and
// -maxtokens.ceiling=4096.
package options

import (
	"context"

	"github.com/openai/openai-go/v3"
)

const generous = 100_000

func missing(ctx context.Context, client *openai.Client) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{ // want `has no output token limit`
		Model: openai.ChatModelGPT4o,
	})
}

func aboveCeiling(ctx context.Context, client *openai.Client, limit int64) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, MaxCompletionTokens: openai.Int(generous)}) // want `^chat completion request allows 100000 output tokens: keep it at or below 4096 \(maxtokens.ceiling\)$`
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, MaxTokens: openai.Int(5000)})               // want `^chat completion request uses the deprecated MaxTokens and allows 5000 output tokens: use MaxCompletionTokens; keep it at or below 4096`
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, MaxCompletionTokens: openai.Int(4096)})
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, MaxCompletionTokens: openai.Int(limit)})
}
