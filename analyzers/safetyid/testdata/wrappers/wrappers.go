// Package wrappers sends requests through functions that take the params
// and send them: each call is checked with the caller's params.
package wrappers

import (
	"context"

	"example.com/safetyid/sender"
	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	goopenai "github.com/sashabaranov/go-openai"
)

var msgs = []openai.ChatCompletionMessageParamUnion{openai.UserMessage("hello")}

func otherPackage(ctx context.Context, a *sender.Assistant, userID string) {
	a.Ask(ctx, openai.ChatCompletionNewParams{Messages: msgs}) // want `^chat completion request has no safety_identifier: send a hashed per-user ID$`
	a.Ask(ctx, openai.ChatCompletionNewParams{Messages: msgs, SafetyIdentifier: openai.String(userID)})
	a.AskAs(ctx, userID, openai.ChatCompletionNewParams{Messages: msgs})
	a.AskAs(ctx, "anonymous", openai.ChatCompletionNewParams{Messages: msgs}) // want `^chat completion request sends a constant safety_identifier`
	a.Chat(ctx, goopenai.ChatCompletionRequest{Model: goopenai.GPT4o})        // want `^chat completion request has no safety_identifier`
	a.Chat(ctx, goopenai.ChatCompletionRequest{Model: goopenai.GPT4o, SafetyIdentifier: userID})
}

// bot wraps the client the way programs do.
type bot struct {
	client *openai.Client
}

// send sends what it is given; its own request is checked at its callers.
func (b *bot) send(ctx context.Context, p openai.ChatCompletionNewParams) error {
	_, err := b.client.Chat.Completions.New(ctx, p)
	return err
}

// sendFor sets the identifier from its parameter, through send.
func (b *bot) sendFor(ctx context.Context, hashedID string, p *openai.ChatCompletionNewParams) error {
	p.SafetyIdentifier = openai.String(hashedID)
	return b.send(ctx, *p)
}

// sendAnonymous stamps every request with one identifier.
func (b *bot) sendAnonymous(ctx context.Context, p openai.ChatCompletionNewParams) error {
	p.SafetyIdentifier = openai.String("anonymous")
	return b.send(ctx, p)
}

func samePackage(ctx context.Context, b *bot, userID string) {
	b.send(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, Messages: msgs}) // want `has no safety_identifier`
	b.send(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, Messages: msgs, SafetyIdentifier: openai.String(userID)})
	b.sendFor(ctx, userID, &openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, Messages: msgs})
	b.sendAnonymous(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, Messages: msgs}) // want `sends a constant safety_identifier`

	p := openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, Messages: msgs}
	p.SafetyIdentifier = openai.String(userID)
	b.send(ctx, p)
}

// Fixes edit the literal the caller wrote; with no literal, or one the
// caller's variable does not hold alone, there is no fix.
func noLiteral(ctx context.Context, b *bot, userID string, question string) {
	p := openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}
	if question != "" {
		p = openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, Messages: msgs}
	}
	b.send(ctx, p) // want `has no safety_identifier`
}

// pointers: params behind a pointer, set before the call.
func pointers(ctx context.Context, c *openai.Client, userID string) {
	p := &openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, Messages: msgs}
	c.Chat.Completions.New(ctx, *p) // want `has no safety_identifier`

	q := &openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, Messages: msgs}
	q.SafetyIdentifier = openai.String(userID)
	c.Chat.Completions.New(ctx, *q)
}

// namedType: params of a type of the program's declared as the library's.
func namedType(ctx context.Context, a *sender.Assistant, userID string) {
	a.Send(ctx, sender.Request{Messages: msgs}) // want `has no safety_identifier`
	a.Send(ctx, sender.Request{Messages: msgs, SafetyIdentifier: openai.String(userID)})
}

// chatter is the service's method behind an interface a test can fake.
type chatter interface {
	New(ctx context.Context, body openai.ChatCompletionNewParams, opts ...option.RequestOption) (*openai.ChatCompletion, error)
}

func retry[P, R any](ctx context.Context, send func(context.Context, P, ...option.RequestOption) (R, error), p P) (R, error) {
	return send(ctx, p)
}

// retried: the interface's method value, given to a retry helper.
func retried(ctx context.Context, api chatter, userID string) {
	retry(ctx, api.New, openai.ChatCompletionNewParams{Messages: msgs}) // want `has no safety_identifier`
	retry(ctx, api.New, openai.ChatCompletionNewParams{Messages: msgs, SafetyIdentifier: openai.String(userID)})
}

// logParams reads the params it is given; identify fills in the user.
func logParams(p *openai.ChatCompletionNewParams) string { return string(p.Model) }

func identify(p *openai.ChatCompletionNewParams, hashedID string) {
	p.SafetyIdentifier = openai.String(hashedID)
}

// helpers: params given by pointer to a helper that reads them, or sets
// some fields, keep what they held, with what it sets.
func helpers(ctx context.Context, c *openai.Client, userID string) {
	p := openai.ChatCompletionNewParams{Messages: msgs}
	logParams(&p)
	c.Chat.Completions.New(ctx, p) // want `has no safety_identifier`

	q := openai.ChatCompletionNewParams{Messages: msgs}
	identify(&q, userID)
	c.Chat.Completions.New(ctx, q)

	r := openai.ChatCompletionNewParams{Messages: msgs}
	identify(&r, "anonymous")
	c.Chat.Completions.New(ctx, r) // want `sends a constant safety_identifier`
}

// adapter: a local function literal that sends the params it is given.
func adapter(ctx context.Context, c *openai.Client, userID string) {
	complete := func(p openai.ChatCompletionNewParams) (*openai.ChatCompletion, error) {
		return c.Chat.Completions.New(ctx, p)
	}
	complete(openai.ChatCompletionNewParams{Messages: msgs}) // want `has no safety_identifier`
	complete(openai.ChatCompletionNewParams{Messages: msgs, SafetyIdentifier: openai.String(userID)})
}
