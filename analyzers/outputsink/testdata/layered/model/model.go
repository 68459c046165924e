// Package model completes prompts with the model, or with canned text.
package model

import (
	"context"

	"github.com/openai/openai-go/v3"
)

type OpenAI struct{ Client openai.Client }

func (o *OpenAI) Complete(ctx context.Context, prompt string) (string, error) {
	resp, err := o.Client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model:    openai.ChatModelGPT4o,
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(prompt)},
	})
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}

// Canned plans without a model.
type Canned struct{}

func (Canned) Complete(ctx context.Context, prompt string) (string, error) { return "df -h", nil }
