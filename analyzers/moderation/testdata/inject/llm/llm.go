// Package llm answers questions with the model; Canned answers without.
package llm

import (
	"context"

	"github.com/openai/openai-go/v3"
)

type OpenAI struct{ Client openai.Client }

func (o *OpenAI) Answer(ctx context.Context, q string) (string, error) {
	resp, err := o.Client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)},
	})
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}

type Canned struct{}

func (Canned) Answer(ctx context.Context, q string) (string, error) { return "no", nil }
