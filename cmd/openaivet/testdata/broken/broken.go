// Package broken does not type-check.
package broken

import (
	"context"

	"github.com/openai/openai-go/v3"
)

func Ask(ctx context.Context, client openai.Client) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model:     openai.ChatModelGPT4oMini,
		NoSuchKey: 1,
	})
	undefinedFunction()
}
