// Package wrappers calls functions that send the params they are given:
// each call is a request, with the caller's params and what the function
// sets itself.
package wrappers

import (
	"context"

	"example.com/openaiapi/senders"
	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	goopenai "github.com/sashabaranov/go-openai"
)

func otherPackage(ctx context.Context, c *senders.Client, userID string) {
	c.Send(ctx, openai.ChatCompletionNewParams{SafetyIdentifier: openai.String(userID)})                  // want `^chat completion \[text\] via Send safety_identifier:literal$`
	c.Send(ctx, openai.ChatCompletionNewParams{})                                                         // want `^chat completion \[text\] via Send$`
	c.Bounded(ctx, userID, openai.ChatCompletionNewParams{})                                              // want `^chat completion \[text\] via Bounded max_completion_tokens:sender=const safety_identifier:sender$`
	c.Bounded(ctx, "", openai.ChatCompletionNewParams{})                                                  // want `^chat completion \[text\] via Bounded max_completion_tokens:sender=const safety_identifier:sender=empty$`
	c.WithOptions(ctx, openai.ChatCompletionNewParams{}, option.WithJSONSet("safety_identifier", userID)) // want `^chat completion \[text\] via WithOptions safety_identifier:call-option$`
	c.WithOptions(ctx, openai.ChatCompletionNewParams{})                                                  // want `^chat completion \[text\] via WithOptions$`
	c.Again(ctx, &openai.ChatCompletionNewParams{})                                                       // want `^chat completion \[text\] via Again max_completion_tokens:sender=const safety_identifier:sender=const$`
	c.Chat(ctx, goopenai.ChatCompletionRequest{})                                                         // want `^chat completion \[text\] via Chat safety_identifier:sender=const$`
	senders.Local(ctx, openai.ChatCompletionNewParams{})                                                  // want `^chat completion \[text\] via Local \(other=localhost\)$`
	c.Either(ctx, openai.ChatCompletionNewParams{}, openai.ChatCompletionNewParams{}, true)
	c.Decoded(ctx, openai.ChatCompletionNewParams{}, nil)
}

// service wraps the client the way programs do.
type service struct {
	client *openai.Client
	g      *goopenai.Client
}

func (s *service) send(ctx context.Context, p openai.ChatCompletionNewParams) {
	p.Model = openai.ChatModelGPT4o
	s.client.Chat.Completions.New(ctx, p) // want `^chat completion \[text\] forwarded$`
}

// ask sends through send: a wrapper of a wrapper, declared before it.
func (s *service) ask(ctx context.Context, hashedID string, p *openai.ChatCompletionNewParams) {
	p.SafetyIdentifier = openai.String(hashedID)
	s.send(ctx, *p) // want `^chat completion \[text\] via send forwarded$`
}

func (s *service) create(ctx context.Context, req goopenai.ChatCompletionRequest) {
	s.g.CreateChatCompletion(ctx, req) // want `^chat completion \[text\] forwarded$`
}

func samePackage(ctx context.Context, s *service, userID string) {
	s.send(ctx, openai.ChatCompletionNewParams{SafetyIdentifier: openai.String(userID)}) // want `^chat completion \[text\] via send model:sender=const safety_identifier:literal$`
	s.ask(ctx, userID, &openai.ChatCompletionNewParams{})                                // want `^chat completion \[text\] via ask model:sender=const safety_identifier:sender$`
	p := &openai.ChatCompletionNewParams{MaxCompletionTokens: openai.Int(9)}
	s.ask(ctx, "constant", p)                                   // want `^chat completion \[text\] via ask max_completion_tokens:literal=const model:sender=const safety_identifier:sender=const$`
	s.create(ctx, goopenai.ChatCompletionRequest{User: userID}) // want `^chat completion \[text\] via create user:literal$`
	var q openai.ChatCompletionNewParams
	load(&q)
	s.send(ctx, q) // want `^chat completion \[text\] via send unknown$`
}

// pointers: params behind a pointer are followed while nothing else may
// hold the pointer.
func pointers(ctx context.Context, c *openai.Client, userID string) {
	p := &openai.ChatCompletionNewParams{}
	p.SafetyIdentifier = openai.String(userID)
	c.Chat.Completions.New(ctx, *p) // want `^chat completion \[text\] safety_identifier:assignment$`

	q := new(openai.ChatCompletionNewParams)
	*q = openai.ChatCompletionNewParams{MaxCompletionTokens: openai.Int(5)}
	c.Chat.Completions.New(ctx, *q) // want `^chat completion \[text\] max_completion_tokens:literal=const$`

	shared := &openai.ChatCompletionNewParams{}
	keep(shared)
	c.Chat.Completions.New(ctx, *shared) // want `^chat completion \[text\] unknown$`

	alias := &openai.ChatCompletionNewParams{}
	other := alias
	other.SafetyIdentifier = openai.String(userID)
	c.Chat.Completions.New(ctx, *alias) // want `^chat completion \[text\] unknown$`
}

// load fills the params in from where the analysis cannot see.
func load(p *openai.ChatCompletionNewParams) { p.UnmarshalJSON(nil) }

// keep keeps the pointer, for anything to change the params later.
func keep(p *openai.ChatCompletionNewParams) { kept = p }

var kept *openai.ChatCompletionNewParams

// A function literal's parameter is its caller's: unknown here.
func closures(ctx context.Context, c *openai.Client) func(openai.ChatCompletionNewParams) {
	return func(p openai.ChatCompletionNewParams) {
		c.Chat.Completions.New(ctx, p) // want `^chat completion \[text\] unknown$`
	}
}
