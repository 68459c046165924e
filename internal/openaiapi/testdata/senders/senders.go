// Package senders sends the params it is given for package wrappers; each
// sender carries a fact.
package senders

import (
	"context"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	goopenai "github.com/sashabaranov/go-openai"
)

// Client sends requests for the program.
type Client struct {
	oai openai.Client
	g   *goopenai.Client
}

// Send passes the params on as they are.
func (c *Client) Send(ctx context.Context, p openai.ChatCompletionNewParams) (*openai.ChatCompletion, error) { // want Send:`paramsSender\(1: chat completion: \)`
	return c.oai.Chat.Completions.New(ctx, p)
}

// Bounded sets the output bound itself, and the identifier to its
// parameter.
func (c *Client) Bounded(ctx context.Context, userID string, p openai.ChatCompletionNewParams) (*openai.ChatCompletion, error) { // want Bounded:`paramsSender\(2: chat completion: max_completion_tokens=const safety_identifier=param1\)`
	p.MaxCompletionTokens = openai.Int(512)
	p.SafetyIdentifier = openai.String(userID)
	return c.oai.Chat.Completions.New(ctx, p)
}

// WithOptions passes its options on with the params.
func (c *Client) WithOptions(ctx context.Context, p openai.ChatCompletionNewParams, opts ...option.RequestOption) error { // want WithOptions:`paramsSender\(1: chat completion: \)`
	_, err := c.oai.Chat.Completions.New(ctx, p, opts...)
	return err
}

// Again sends through Bounded: a sender of a sender.
func (c *Client) Again(ctx context.Context, p *openai.ChatCompletionNewParams) { // want Again:`paramsSender\(1: chat completion: max_completion_tokens=const safety_identifier=const\)` Again:`paramsSetter\(1: \)`
	c.Bounded(ctx, "anonymous", *p)
}

// Chat sends go-openai requests, stamped with a fixed identifier.
func (c *Client) Chat(ctx context.Context, req goopenai.ChatCompletionRequest) { // want Chat:`paramsSender\(1: chat completion: safety_identifier=const\)`
	req.SafetyIdentifier = "service"
	c.g.CreateChatCompletion(ctx, req)
}

// Either sends one of two params: not a sender.
func (c *Client) Either(ctx context.Context, a, b openai.ChatCompletionNewParams, first bool) {
	if first {
		c.oai.Chat.Completions.New(ctx, a)
		return
	}
	c.oai.Chat.Completions.New(ctx, b)
}

// Decoded changes the params in a way the analysis cannot see: not a
// sender.
func (c *Client) Decoded(ctx context.Context, p openai.ChatCompletionNewParams, raw []byte) {
	p.UnmarshalJSON(raw)
	c.oai.Chat.Completions.New(ctx, p)
}

// Retry calls the request method it is given with the params it is given.
func Retry[P, R any](ctx context.Context, send func(context.Context, P, ...option.RequestOption) (R, error), p P) (R, error) { // want Retry:`paramsCaller\(1\(1: 2\)\)`
	r, err := send(ctx, p)
	if err != nil {
		return send(ctx, p)
	}
	return r, err
}

// Request is the library's params under a name of the program's.
type Request openai.ChatCompletionNewParams

// SendRequest sends a Request.
func SendRequest(ctx context.Context, c *openai.Client, r Request) { // want SendRequest:`paramsSender\(2: chat completion: \)`
	c.Chat.Completions.New(ctx, openai.ChatCompletionNewParams(r))
}

// Identify fills in the user of the params it is given.
func Identify(p *openai.ChatCompletionNewParams, userID string) { // want Identify:`paramsSetter\(0: safety_identifier=param1\)`
	p.SafetyIdentifier = openai.String(userID)
}

// Logged looks at the params before it sends them: not a plain caller.
func Logged[R any](ctx context.Context, send func(context.Context, openai.ChatCompletionNewParams, ...option.RequestOption) (R, error), p openai.ChatCompletionNewParams) (R, error) {
	p.Model = openai.ChatModelGPT4o
	return send(ctx, p)
}

// Local sends to a model server of its own: not OpenAI's API.
func Local(ctx context.Context, p openai.ChatCompletionNewParams) { // want Local:`paramsSender\(1: chat completion: \)`
	c := openai.NewClient(option.WithBaseURL("http://localhost:11434/v1"))
	c.Chat.Completions.New(ctx, p)
}
