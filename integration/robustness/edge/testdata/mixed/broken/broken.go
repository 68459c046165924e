// Package broken does not type-check. Its request, which breaks several
// practices, must not be reported: only the compile error is.
package broken

import (
	"context"

	"github.com/openai/openai-go/v3"
)

func Ask(ctx context.Context, client openai.Client, question string) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model:     openai.ChatModelGPT4oMini,
		Messages:  []openai.ChatCompletionMessageParamUnion{openai.UserMessage(question)},
		MaxTokens: openai.Int(100),
	})
	var n int = "not a number"
	_ = n
}
