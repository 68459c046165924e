package openaigo

import (
	"context"

	"github.com/openai/openai-go"
)

// send sends the params it is given: each call is checked as a request of
// this version, whose identifier is user.
func send(ctx context.Context, p openai.ChatCompletionNewParams) {
	client.Chat.Completions.New(ctx, p)
}

func throughSend(ctx context.Context, userID string) {
	send(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, Messages: msgs}) // want `^chat completion request has no user`
	send(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, Messages: msgs, User: openai.String(userID)})
}
