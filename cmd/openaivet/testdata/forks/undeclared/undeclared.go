package undeclared

import (
	"context"

	openai "github.com/meguminnnnnnnnn/go-openai"
)

func Ask(ctx context.Context, client *openai.Client) {
	client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: openai.GPT4o})
}
