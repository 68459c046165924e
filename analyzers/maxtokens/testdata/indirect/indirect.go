// Package indirect sends requests through method values, interfaces
// modeled on the services and retry helpers.
package indirect

import (
	"context"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	"github.com/openai/openai-go/v3/responses"
)

var msgs = []openai.ChatCompletionMessageParamUnion{openai.UserMessage("hello")}

// responder is the responses service's method, behind an interface.
type responder interface {
	New(ctx context.Context, body responses.ResponseNewParams, opts ...option.RequestOption) (*responses.Response, error)
}

func throughInterface(ctx context.Context, api responder) {
	api.New(ctx, responses.ResponseNewParams{Model: openai.ChatModelGPT4o}) // want `^response request has no output token limit: set MaxOutputTokens`
	api.New(ctx, responses.ResponseNewParams{Model: openai.ChatModelGPT4o, MaxOutputTokens: openai.Int(400)})
}

func withRetries[P, R any](ctx context.Context, send func(context.Context, P, ...option.RequestOption) (R, error), p P) (R, error) {
	var r R
	var err error
	for range 3 {
		if r, err = send(ctx, p); err == nil {
			break
		}
	}
	return r, err
}

func retried(ctx context.Context, c *openai.Client) {
	withRetries(ctx, c.Chat.Completions.New, openai.ChatCompletionNewParams{Messages: msgs}) // want `has no output token limit`
	withRetries(ctx, c.Chat.Completions.New, openai.ChatCompletionNewParams{Messages: msgs, MaxCompletionTokens: openai.Int(400)})
}

func methodValue(ctx context.Context, c *openai.Client) {
	complete := c.Chat.Completions.New
	complete(ctx, openai.ChatCompletionNewParams{Messages: msgs}) // want `has no output token limit`
	complete(ctx, openai.ChatCompletionNewParams{Messages: msgs, MaxCompletionTokens: openai.Int(400)})
}
