// Package goopenai holds maxtokens cases for github.com/sashabaranov/go-openai.
package goopenai

import (
	"context"

	openai "github.com/sashabaranov/go-openai"
)

var msgs = []openai.ChatCompletionMessage{{Role: openai.ChatMessageRoleUser, Content: "hello"}}

func chat(ctx context.Context, client *openai.Client) {
	client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: openai.GPT4o, Messages: msgs}) // want `^chat completion request has no output token limit: set MaxCompletionTokens`
	client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: openai.GPT4o, MaxCompletionTokens: 300})
	client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: openai.GPT4o, MaxTokens: 300})                           // want `uses the deprecated MaxTokens: use MaxCompletionTokens`
	client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: openai.GPT4o, MaxTokens: 300, MaxCompletionTokens: 300}) // want `sets the deprecated MaxTokens beside MaxCompletionTokens`
	// A zero bound is left off the wire: there is no bound.
	client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: openai.GPT4o, MaxCompletionTokens: 0}) // want `has no output token limit`
}

func stream(ctx context.Context, client *openai.Client, limit int) {
	req := openai.ChatCompletionRequest{Model: openai.GPT4o, Messages: msgs}
	req.MaxCompletionTokens = limit
	client.CreateChatCompletionStream(ctx, req)
}

func legacy(ctx context.Context, client *openai.Client) {
	client.CreateCompletion(ctx, openai.CompletionRequest{Model: openai.GPT3Dot5TurboInstruct, Prompt: "hi"}) // want `^completion request has no output token limit: set MaxTokens`
	client.CreateCompletion(ctx, openai.CompletionRequest{Model: openai.GPT3Dot5TurboInstruct, MaxTokens: 64})
}

func responses(ctx context.Context, client *openai.Client) {
	client.CreateResponse(ctx, openai.CreateResponseRequest{Model: openai.GPT4o}) // want `^response request has no output token limit: set MaxOutputTokens`
}

func notGenerating(ctx context.Context, client *openai.Client) {
	client.CreateEmbeddings(ctx, openai.EmbeddingRequest{Model: openai.SmallEmbedding3})
	client.CreateImage(ctx, openai.ImageRequest{Prompt: "a cat"})
}
