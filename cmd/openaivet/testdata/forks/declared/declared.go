package declared

import (
	"context"

	openai "github.com/meguminnnnnnnnn/go-openai"

	"example.com/forks/undeclared"
)

func Ask(ctx context.Context, client *openai.Client) {
	client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: openai.GPT4o})
	undeclared.Ask(ctx, client)
}
