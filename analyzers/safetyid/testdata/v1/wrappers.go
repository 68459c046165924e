package v1

import (
	"context"

	"github.com/openai/openai-go"
)

// send sends the params it is given; the deprecated field its caller sets
// is renamed where the caller sets it.
func send(ctx context.Context, client openai.Client, p openai.ChatCompletionNewParams) {
	p.Model = openai.ChatModelGPT4o
	client.Chat.Completions.New(ctx, p)
}

func throughSend(ctx context.Context, client openai.Client, userHash string) {
	send(ctx, client, openai.ChatCompletionNewParams{User: openai.String(userHash)}) // want `deprecated user field`
	send(ctx, client, openai.ChatCompletionNewParams{SafetyIdentifier: openai.String(userHash)})
}
