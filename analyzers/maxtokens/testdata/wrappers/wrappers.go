// Package wrappers sends requests through functions that take the params
// and send them: each call is checked with the caller's params.
package wrappers

import (
	"context"

	"example.com/maxtokens/sender"
	"github.com/openai/openai-go/v3"
	goopenai "github.com/sashabaranov/go-openai"
)

var msgs = []openai.ChatCompletionMessageParamUnion{openai.UserMessage("hello")}

func otherPackage(ctx context.Context, client *openai.Client, g *goopenai.Client) {
	sender.Send(ctx, client, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, Messages: msgs}) // want `^chat completion request has no output token limit: set MaxCompletionTokens$`
	sender.Send(ctx, client, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, Messages: msgs, MaxCompletionTokens: openai.Int(300)})
	sender.SendBounded(ctx, client, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, Messages: msgs})
	sender.Create(ctx, g, goopenai.ChatCompletionRequest{Model: goopenai.GPT4o}) // want `has no output token limit`
	sender.Create(ctx, g, goopenai.ChatCompletionRequest{Model: goopenai.GPT4o, MaxCompletionTokens: 300})
}

// chat wraps the client the way programs do.
type chat struct {
	client *openai.Client
}

// complete sends what it is given; its own request is checked at its
// callers.
func (c *chat) complete(ctx context.Context, p *openai.ChatCompletionNewParams) (*openai.ChatCompletion, error) {
	p.Model = openai.ChatModelGPT4o
	return c.client.Chat.Completions.New(ctx, *p)
}

// completeShort bounds what it sends, through complete.
func (c *chat) completeShort(ctx context.Context, p openai.ChatCompletionNewParams) (*openai.ChatCompletion, error) {
	p.MaxCompletionTokens = openai.Int(200)
	return c.complete(ctx, &p)
}

func samePackage(ctx context.Context, c *chat) {
	c.complete(ctx, &openai.ChatCompletionNewParams{Messages: msgs}) // want `has no output token limit`
	c.complete(ctx, &openai.ChatCompletionNewParams{Messages: msgs, MaxCompletionTokens: openai.Int(300)})
	c.completeShort(ctx, openai.ChatCompletionNewParams{Messages: msgs})
	c.complete(ctx, &openai.ChatCompletionNewParams{Messages: msgs, MaxTokens: openai.Int(300)}) // want `uses the deprecated MaxTokens`
}

// A bound the caller sets after making the params counts as well.
func assigned(ctx context.Context, c *chat, short bool) {
	p := openai.ChatCompletionNewParams{Messages: msgs}
	if short {
		p.MaxCompletionTokens = openai.Int(100)
	}
	c.complete(ctx, &p)

	q := &openai.ChatCompletionNewParams{Messages: msgs}
	c.complete(ctx, q) // want `has no output token limit`
}
