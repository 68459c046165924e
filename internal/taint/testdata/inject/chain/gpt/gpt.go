// want package:`wirings\(\*gpt.Client as example.com/taint/inject/chain/model.Completer in example.com/taint/inject/chain/gpt.New\)`

// Package gpt implements the model with go-openai.
package gpt

import (
	"context"

	"example.com/taint/inject/chain/model"
	openai "github.com/sashabaranov/go-openai"
)

type Client struct {
	api   *openai.Client
	notes []string
}

func New(key string) model.Completer { // want New:`^taint\(returns=\[0\] requests=\[\] verdicts=\[\]\)$`
	return &Client{api: openai.NewClient(key)}
}

// NewClient returns the client itself, for a program to wire.
func NewClient(key string) *Client { // want NewClient:`^taint\(returns=\[0\] requests=\[\] verdicts=\[\]\)$`
	return &Client{api: openai.NewClient(key)}
}

func (c *Client) Complete(ctx context.Context, system, user string) (string, error) { // want Complete:`^taint\(returns=\[\] requests=\[3 2\] verdicts=\[\]\)$`
	resp, err := c.api.CreateChatCompletion(ctx, openai.ChatCompletionRequest{
		Model: openai.GPT4oMini,
		Messages: []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleSystem, Content: system},
			{Role: openai.ChatMessageRoleUser, Content: user},
		},
	})
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}

// Chat sends the prompt's system part as the system message, and its
// user part as the user's.
func (c *Client) Chat(ctx context.Context, p model.Prompt) (string, error) { // want Chat:`^taint\(returns=\[\] requests=\[2 2\] verdicts=\[\]\)$`
	return c.Complete(ctx, p.System, p.User)
}

// Remember keeps a note: it sends nothing to the model.
func (c *Client) Remember(ctx context.Context, note string) {
	c.notes = append(c.notes, note)
}
