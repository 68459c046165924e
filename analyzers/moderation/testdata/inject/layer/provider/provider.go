// Package provider picks the assistant: the model, or a fixed one.
package provider

import (
	"context"

	"example.com/moderation/inject/layer/core"
	"github.com/openai/openai-go/v3"
)

type model struct{ client openai.Client }

func (m *model) Ask(ctx context.Context, prompt string) (string, error) {
	resp, err := m.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(prompt)},
	})
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}

func Pick(offline bool) core.Assistant {
	if offline {
		return nil
	}
	return &model{client: openai.NewClient()}
}
