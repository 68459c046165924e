package wrappers

import (
	"context"

	"example.com/openaiapi/senders"
	"github.com/openai/openai-go/v3"
)

// describe reads the params it is given and keeps nothing.
func describe(p *openai.ChatCompletionNewParams) string { return string(p.Model) }

// identify fills in the user and a bound.
func identify(p *openai.ChatCompletionNewParams, userID string) {
	p.SafetyIdentifier = openai.String(userID)
	p.MaxCompletionTokens = openai.Int(200)
}

// identifyAgain does it through identify.
func identifyAgain(p *openai.ChatCompletionNewParams, userID string) {
	describe(p)
	identify(p, userID)
}

// identifyKnown sets the user only when there is one.
func identifyKnown(p *openai.ChatCompletionNewParams, userID string) {
	if userID != "" {
		p.SafetyIdentifier = openai.String(userID)
	}
}

// reset replaces the params whole: not a helper that only fills fields.
func reset(p *openai.ChatCompletionNewParams) { *p = openai.ChatCompletionNewParams{} }

// Params given by pointer to a helper that reads them, or fills in some
// of their fields, keep what they held, with what the helper sets.
func setters(ctx context.Context, c *openai.Client, userID string) {
	p := openai.ChatCompletionNewParams{}
	describe(&p)
	c.Chat.Completions.New(ctx, p) // want `^chat completion \[text\]$`

	q := openai.ChatCompletionNewParams{}
	identify(&q, userID)
	c.Chat.Completions.New(ctx, q) // want `^chat completion \[text\] max_completion_tokens:builder=const safety_identifier:builder$`

	r := &openai.ChatCompletionNewParams{}
	identifyAgain(r, "anonymous")
	c.Chat.Completions.New(ctx, *r) // want `^chat completion \[text\] max_completion_tokens:builder=const safety_identifier:builder=const$`

	s := openai.ChatCompletionNewParams{}
	senders.Identify(&s, userID)
	c.Chat.Completions.New(ctx, s) // want `^chat completion \[text\] safety_identifier:builder$`

	t := openai.ChatCompletionNewParams{MaxCompletionTokens: openai.Int(5)}
	reset(&t)
	c.Chat.Completions.New(ctx, t) // want `^chat completion \[text\] unknown$`
}

// A placeholder that a helper replaces on every way through it is not
// sent; one it may leave is.
func placeholdersFilled(ctx context.Context, c *openai.Client, userID string) {
	p := openai.ChatCompletionNewParams{SafetyIdentifier: openai.String("")}
	identify(&p, userID)
	c.Chat.Completions.New(ctx, p) // want `^chat completion \[text\] max_completion_tokens:builder=const safety_identifier:builder$`

	q := openai.ChatCompletionNewParams{SafetyIdentifier: openai.String("")}
	senders.Identify(&q, userID)
	c.Chat.Completions.New(ctx, q) // want `^chat completion \[text\] safety_identifier:builder$`

	r := openai.ChatCompletionNewParams{SafetyIdentifier: openai.String("")}
	identifyKnown(&r, userID)
	c.Chat.Completions.New(ctx, r) // want `^chat completion \[text\] safety_identifier:literal=empty$`
}
