// Package stored keeps params in fields and maps and sends them later.
package stored

import (
	"context"

	"github.com/openai/openai-go/v3"
)

// tiers keeps one request per pricing tier.
type tiers struct {
	client  *openai.Client
	bounded map[string]openai.ChatCompletionNewParams
	open    map[string]openai.ChatCompletionNewParams
	summary *openai.ChatCompletionNewParams
}

func newTiers(client *openai.Client) *tiers {
	t := &tiers{client: client, bounded: map[string]openai.ChatCompletionNewParams{}, open: map[string]openai.ChatCompletionNewParams{}}
	t.bounded["free"] = openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4oMini, MaxCompletionTokens: openai.Int(200)}
	t.bounded["pro"] = openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, MaxCompletionTokens: openai.Int(2000)}
	t.open["free"] = openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4oMini}
	t.summary = &openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4oMini}
	return t
}

func (t *tiers) ask(ctx context.Context, tier, question string) {
	p := t.bounded[tier]
	p.Messages = []openai.ChatCompletionMessageParamUnion{openai.UserMessage(question)}
	t.client.Chat.Completions.New(ctx, p)

	q := t.open[tier]
	q.Messages = []openai.ChatCompletionMessageParamUnion{openai.UserMessage(question)}
	t.client.Chat.Completions.New(ctx, q) // want `^chat completion request has no output token limit`

	t.client.Chat.Completions.New(ctx, *t.summary) // want `has no output token limit`
}
