// Package llm wraps the OpenAI client for the handlers.
package llm

import (
	"context"

	"github.com/openai/openai-go/v3"
)

// Assistant answers on behalf of the service.
type Assistant struct {
	client openai.Client
}

// New returns an Assistant that sends requests through client.
func New(client openai.Client) *Assistant {
	return &Assistant{client: client}
}

// translationParams builds the request for Translate.
func translationParams(userHash, text string) openai.ChatCompletionNewParams {
	return openai.ChatCompletionNewParams{
		Model: openai.ChatModelGPT4oMini,
		Messages: []openai.ChatCompletionMessageParamUnion{
			openai.SystemMessage("Translate the user's text to English."),
			openai.UserMessage(text),
		},
		User: openai.String(userHash),
	}
}

// Translate translates text to English.
func (a *Assistant) Translate(ctx context.Context, userHash, text string) (string, error) {
	resp, err := a.client.Chat.Completions.New(ctx, translationParams(userHash, text))
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}
