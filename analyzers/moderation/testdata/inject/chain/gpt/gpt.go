// Package gpt implements the model with openai-go.
package gpt

import (
	"context"

	"example.com/moderation/inject/chain/model"
	"github.com/openai/openai-go/v3"
)

type Client struct {
	api   openai.Client
	notes []string
}

func New() model.Completer {
	return &Client{api: openai.NewClient()}
}

func (c *Client) Complete(ctx context.Context, system, user string) (string, error) {
	resp, err := c.api.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model:               openai.ChatModelGPT4oMini,
		MaxCompletionTokens: openai.Int(500),
		Messages:            []openai.ChatCompletionMessageParamUnion{openai.SystemMessage(system), openai.UserMessage(user)},
	})
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}

// Remember keeps a note: it sends nothing to the model.
func (c *Client) Remember(ctx context.Context, note string) {
	c.notes = append(c.notes, note)
}
