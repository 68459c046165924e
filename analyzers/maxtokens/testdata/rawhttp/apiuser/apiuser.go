// Package apiuser sends its requests through another package's client.
package apiuser

import (
	"context"
	"encoding/json"

	"example.com/maxtokens/rawhttp/apiclient"
)

type answer struct {
	Choices []struct {
		Message apiclient.Message `json:"message"`
	} `json:"choices"`
}

func ask(ctx context.Context, c *apiclient.Client, q string) {
	c.Chat(ctx, apiclient.ChatRequest{Model: "gpt-4o-mini", Messages: []apiclient.Message{{Role: "user", Content: q}}}) // want `^chat completion request has no output token limit: set MaxCompletionTokens$`
	c.Chat(ctx, apiclient.ChatRequest{Model: "gpt-4o-mini", Messages: []apiclient.Message{{Role: "user", Content: q}}, MaxCompletionTokens: 512})
	c.Embed(ctx, &apiclient.EmbeddingRequest{Model: "text-embedding-3-small", Input: q})
	c.Ask(ctx, apiclient.ChatRequest{Model: "gpt-4o-mini", Messages: []apiclient.Message{{Role: "user", Content: q}}}, true) // want `^chat completion request has no output token limit: set MaxCompletionTokens$`
	c.Ask(ctx, apiclient.ChatRequest{Model: "gpt-4o-mini", Messages: []apiclient.Message{{Role: "user", Content: q}}, MaxCompletionTokens: 512}, false)
	c.AskNear(ctx, apiclient.ChatRequest{Model: "llama3", Messages: []apiclient.Message{{Role: "user", Content: q}}}, true)
	c.ChatWith(ctx, apiclient.ChatRequest{Model: "gpt-4o-mini", Messages: []apiclient.Message{{Role: "user", Content: q}}}, "support") // want `^chat completion request has no output token limit: set MaxCompletionTokens$`
	c.ChatWith(ctx, apiclient.ChatRequest{Model: "gpt-4o-mini", Messages: []apiclient.Message{{Role: "user", Content: q}}, MaxCompletionTokens: 512})
	c.Reply(ctx, apiclient.ChatRequest{Model: "gpt-4o-mini", Messages: []apiclient.Message{{Role: "user", Content: q}}}) // want `^chat completion request has no output token limit: set MaxCompletionTokens$`
	c.Reply(ctx, apiclient.ChatRequest{Model: "gpt-4o-mini", Messages: []apiclient.Message{{Role: "user", Content: q}}, MaxCompletionTokens: 512})
	c.Wrapped(ctx, apiclient.ChatRequest{Model: "gpt-4o-mini", Messages: []apiclient.Message{{Role: "user", Content: q}}})
	apiclient.NewLocal().Chat(apiclient.ChatRequest{Model: "llama3", Messages: []apiclient.Message{{Role: "user", Content: q}}})
}

// A client behind its package's interface.
func askAPI(ctx context.Context, api apiclient.API, b apiclient.Backend, q string) {
	api.Chat(ctx, apiclient.ChatRequest{Model: "gpt-4o-mini", Messages: []apiclient.Message{{Role: "user", Content: q}}}) // want `^chat completion request has no output token limit: set MaxCompletionTokens$`
	api.Chat(ctx, apiclient.ChatRequest{Model: "gpt-4o-mini", Messages: []apiclient.Message{{Role: "user", Content: q}}, MaxCompletionTokens: 512})
	b.Chat(ctx, apiclient.ChatRequest{Model: "gpt-4o-mini", Messages: []apiclient.Message{{Role: "user", Content: q}}})
}

// The caller gives the base URL: OpenAI's, or another provider's.
func complete(q string) {
	apiclient.Complete("https://api.openai.com/v1", apiclient.ChatRequest{Model: "gpt-4o-mini", Messages: []apiclient.Message{{Role: "user", Content: q}}}) // want `^chat completion request has no output token limit: set MaxCompletionTokens$`
	apiclient.Complete("https://openrouter.ai/api/v1", apiclient.ChatRequest{Model: "meta-llama/llama-3.1-8b-instruct", Messages: []apiclient.Message{{Role: "user", Content: q}}})
}

func send(ctx context.Context, q string) error {
	body, err := json.Marshal(apiclient.ChatRequest{Model: "gpt-4o-mini", Messages: []apiclient.Message{{Role: "user", Content: q}}})
	if err != nil {
		return err
	}
	_, err = apiclient.Send(ctx, body) // want `^chat completion request has no output token limit: set MaxCompletionTokens$`
	return err
}

func post(ctx context.Context, q string) (*answer, error) {
	return apiclient.Post[apiclient.ChatRequest, answer](ctx, "https://api.openai.com/v1/chat/completions", // want `^chat completion request has no output token limit: set MaxCompletionTokens$`
		&apiclient.ChatRequest{Model: "gpt-4o-mini", Messages: []apiclient.Message{{Role: "user", Content: q}}})
}

func postLocal(ctx context.Context, q string) (*answer, error) {
	return apiclient.Post[apiclient.ChatRequest, answer](ctx, "http://localhost:8080/v1/chat/completions",
		&apiclient.ChatRequest{Model: "llama3", Messages: []apiclient.Message{{Role: "user", Content: q}}})
}
