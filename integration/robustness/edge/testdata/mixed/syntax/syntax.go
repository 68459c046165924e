// Package syntax does not parse: its request, which has no output bound
// and no safety identifier, must not be reported; the syntax error is.
package syntax

import (
	"context"

	"github.com/openai/openai-go/v3"
)

func Ask(ctx context.Context, client openai.Client) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4oMini
}
