// Package models makes the models: one asks OpenAI, the other answers
// from a table.
package models

import (
	"context"

	"example.com/moderation/inject/twohops/ports"
	"github.com/sashabaranov/go-openai"
)

type chat struct{ client *openai.Client }

func NewChat(key string) (ports.Model, error) {
	return &chat{client: openai.NewClient(key)}, nil
}

func (c *chat) Send(ctx context.Context, q ports.Question) (string, error) {
	resp, err := c.client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{
		Model:    openai.GPT4oMini,
		Messages: []openai.ChatCompletionMessage{{Role: openai.ChatMessageRoleUser, Content: q.Text}},
	})
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}

type table struct{}

func NewTable() (ports.Model, error) { return table{}, nil }

func (table) Send(ctx context.Context, q ports.Question) (string, error) { return "see the FAQ", nil }
