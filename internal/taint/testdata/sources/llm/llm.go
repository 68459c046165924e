// Package llm sends what it is given to the model, for the bots and
// servers of this module.
package llm

import (
	"context"

	"github.com/openai/openai-go/v3"
)

type Client struct{ client openai.Client }

// Ask sends q as the user's words.
func (c *Client) Ask(ctx context.Context, q string) error {
	_, err := c.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)},
	})
	return err
}
