package options

import (
	"context"

	"example.com/maxtokens/sender"
	"github.com/openai/openai-go/v3"
)

// The bound a function of another package sets before it sends the params
// is held to the ceiling at each call.
func throughSenders(ctx context.Context, client *openai.Client) {
	sender.SendLong(ctx, client, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}) // want `^chat completion request allows 100000 output tokens: keep it at or below 4096 \(maxtokens.ceiling\)$`
	sender.SendBounded(ctx, client, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o})
}
