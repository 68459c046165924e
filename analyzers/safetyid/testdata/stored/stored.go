// Package stored keeps params in fields, maps and slices and sends them
// later; a placeholder overwritten before the params are sent is never
// sent.
package stored

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"log"

	"github.com/openai/openai-go/v3"
	goopenai "github.com/sashabaranov/go-openai"
)

func hashed(id string) string {
	sum := sha256.Sum256([]byte(id))
	return hex.EncodeToString(sum[:])
}

// bot keeps one request per chat channel.
type bot struct {
	client  *goopenai.Client
	started map[string]*goopenai.ChatCompletionRequest
	open    map[string]*goopenai.ChatCompletionRequest
}

func (b *bot) start(ch, userID string) {
	b.started[ch] = &goopenai.ChatCompletionRequest{Model: goopenai.GPT4o, SafetyIdentifier: hashed(userID)}
	b.open[ch] = &goopenai.ChatCompletionRequest{Model: goopenai.GPT4o}
}

func (b *bot) say(ctx context.Context, ch, text string) {
	r := b.started[ch]
	r.Messages = append(r.Messages, goopenai.ChatCompletionMessage{Role: goopenai.ChatMessageRoleUser, Content: text})
	b.client.CreateChatCompletion(ctx, *r)

	o := b.open[ch]
	o.Messages = append(o.Messages, goopenai.ChatCompletionMessage{Role: goopenai.ChatMessageRoleUser, Content: text})
	b.client.CreateChatCompletion(ctx, *o) // want `^chat completion request has no safety_identifier`
}

// assistant keeps its params in fields.
type assistant struct {
	client   *openai.Client
	tagged   openai.ChatCompletionNewParams
	untagged openai.ChatCompletionNewParams
}

func newAssistant(client *openai.Client) *assistant {
	return &assistant{
		client:   client,
		tagged:   openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o},
		untagged: openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o},
	}
}

func (a *assistant) login(userID string) {
	a.tagged.SafetyIdentifier = openai.String(hashed(userID))
}

func (a *assistant) ask(ctx context.Context) {
	a.client.Chat.Completions.New(ctx, a.tagged)
	a.client.Chat.Completions.New(ctx, a.untagged) // want `has no safety_identifier`
}

// Placeholders: an empty identifier overwritten on every path before the
// params are sent is never sent.
func placeholders(ctx context.Context, client *openai.Client, userID string, known bool) {
	p := openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, SafetyIdentifier: openai.String("")}
	p.SafetyIdentifier = openai.String(hashed(userID))
	client.Chat.Completions.New(ctx, p)

	q := openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, SafetyIdentifier: openai.String("")}
	if known {
		q.SafetyIdentifier = openai.String(hashed(userID))
	}
	client.Chat.Completions.New(ctx, q) // want `sends an empty safety_identifier`
}

// The params may be read between the placeholder and the value that
// replaces it, and the value may be set in a block around the call: what
// counts is whether every way to the call passes it.
func placeholdersAround(ctx context.Context, client *openai.Client, userID string, retries int) {
	p := openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, SafetyIdentifier: openai.String("")}
	log.Print(p.Model)
	for range retries {
		p.SafetyIdentifier = openai.String(hashed(userID))
		client.Chat.Completions.New(ctx, p)
	}

	q := openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, SafetyIdentifier: openai.String("")}
	for range retries {
		client.Chat.Completions.New(ctx, q) // want `sends an empty safety_identifier`
		q.SafetyIdentifier = openai.String(hashed(userID))
	}
}
