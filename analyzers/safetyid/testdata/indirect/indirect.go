// Package indirect sends requests through method values, method
// expressions, interfaces modeled on the services and retry helpers.
package indirect

import (
	"context"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	goopenai "github.com/sashabaranov/go-openai"
)

var msgs = []openai.ChatCompletionMessageParamUnion{openai.UserMessage("hello")}

func methodValue(ctx context.Context, c *openai.Client, userID string) {
	send := c.Chat.Completions.New
	send(ctx, openai.ChatCompletionNewParams{Messages: msgs}) // want `^chat completion request has no safety_identifier`
	send(ctx, openai.ChatCompletionNewParams{Messages: msgs, SafetyIdentifier: openai.String(userID)})
}

func methodExpression(ctx context.Context, c *openai.Client, userID string) {
	(*openai.ChatCompletionService).New(&c.Chat.Completions, ctx, openai.ChatCompletionNewParams{Messages: msgs}) // want `has no safety_identifier`
	(*openai.ChatCompletionService).New(&c.Chat.Completions, ctx, openai.ChatCompletionNewParams{Messages: msgs, SafetyIdentifier: openai.String(userID)})
}

// chatAPI is the service's method, behind an interface a test can fake.
type chatAPI interface {
	New(ctx context.Context, body openai.ChatCompletionNewParams, opts ...option.RequestOption) (*openai.ChatCompletion, error)
}

type goChatAPI interface {
	CreateChatCompletion(ctx context.Context, req goopenai.ChatCompletionRequest) (goopenai.ChatCompletionResponse, error)
}

func throughInterfaces(ctx context.Context, api chatAPI, g goChatAPI, userID string) {
	api.New(ctx, openai.ChatCompletionNewParams{Messages: msgs}) // want `has no safety_identifier`
	api.New(ctx, openai.ChatCompletionNewParams{Messages: msgs, SafetyIdentifier: openai.String(userID)})
	g.CreateChatCompletion(ctx, goopenai.ChatCompletionRequest{Model: goopenai.GPT4o}) // want `has no safety_identifier`
	g.CreateChatCompletion(ctx, goopenai.ChatCompletionRequest{Model: goopenai.GPT4o, SafetyIdentifier: userID})
}

func retry[P, R any](ctx context.Context, send func(context.Context, P, ...option.RequestOption) (R, error), p P) (R, error) {
	r, err := send(ctx, p)
	if err != nil {
		return send(ctx, p)
	}
	return r, err
}

func retried(ctx context.Context, c *openai.Client, userID string) {
	retry(ctx, c.Chat.Completions.New, openai.ChatCompletionNewParams{Messages: msgs}) // want `has no safety_identifier`
	retry(ctx, c.Chat.Completions.New, openai.ChatCompletionNewParams{Messages: msgs, SafetyIdentifier: openai.String(userID)})
}

// chatRequest is the program's own type for go-openai's request.
type chatRequest goopenai.ChatCompletionRequest

func converted(ctx context.Context, g *goopenai.Client, userID string) {
	bare := chatRequest{Model: goopenai.GPT4o}
	g.CreateChatCompletion(ctx, goopenai.ChatCompletionRequest(bare)) // want `has no safety_identifier`
	tagged := chatRequest{Model: goopenai.GPT4o}
	tagged.SafetyIdentifier = userID
	g.CreateChatCompletion(ctx, goopenai.ChatCompletionRequest(tagged))
}
