// Package goopenai holds safetyid cases for github.com/sashabaranov/go-openai.
package goopenai

import (
	"context"
	"os"

	openai "github.com/sashabaranov/go-openai"
)

var client = openai.NewClient(os.Getenv("OPENAI_API_KEY"))

var msgs = []openai.ChatCompletionMessage{{Role: openai.ChatMessageRoleUser, Content: "hello"}}

func missing(ctx context.Context) {
	client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: openai.GPT4o, Messages: msgs}) // want `^chat completion request has no safety_identifier`
}

func missingWithCandidate(ctx context.Context, userID string) {
	client.CreateChatCompletionStream(ctx, openai.ChatCompletionRequest{ // want `has no safety_identifier`
		Model:    openai.GPT4o,
		Messages: msgs,
	})
}

func emptyIsOmitted(ctx context.Context) {
	client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: openai.GPT4o, SafetyIdentifier: ""}) // want `has no safety_identifier`
}

func deprecatedUser(ctx context.Context, userHash string) {
	client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{ // want `deprecated user field`
		Model: openai.GPT4o,
		User:  userHash,
	})
}

func withIdentifier(ctx context.Context, userID string) {
	client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: openai.GPT4o, SafetyIdentifier: userID})
}

func constant(ctx context.Context) {
	client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: openai.GPT4o, SafetyIdentifier: "svc"}) // want `sends a constant safety_identifier`
}

func responses(ctx context.Context) {
	client.CreateResponse(ctx, openai.CreateResponseRequest{Model: openai.GPT4o}) // want `^response request has no safety_identifier`
}

func endpointsWithoutTheField(ctx context.Context) {
	client.CreateCompletion(ctx, openai.CompletionRequest{Model: openai.GPT3Dot5TurboInstruct, User: "batch"})
	client.CreateEmbeddings(ctx, openai.EmbeddingRequest{Model: openai.SmallEmbedding3, User: "batch"})
}

func localModel(ctx context.Context) {
	cfg := openai.DefaultConfig("")
	cfg.BaseURL = "http://localhost:11434/v1"
	c := openai.NewClientWithConfig(cfg)
	c.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: "llama3"})
}

// A local model server whose configuration a helper makes.
func localThroughHelper(ctx context.Context) {
	c := openai.NewClientWithConfig(localConfig())
	c.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: "llama3"})
}

func localConfig() openai.ClientConfig {
	cfg := openai.DefaultConfig("")
	cfg.BaseURL = "http://localhost:11434/v1"
	return cfg
}

// Its positive twin: the helper's configuration is OpenAI's.
func openAIThroughHelper(ctx context.Context) {
	c := openai.NewClientWithConfig(openAIConfig())
	c.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: openai.GPT4o}) // want `has no safety_identifier`
}

func openAIConfig() openai.ClientConfig {
	return openai.DefaultConfig(os.Getenv("OPENAI_API_KEY"))
}

// go-openai can send no safety_identifier with an image request, in any
// version, though the API takes one: user is the identifier there.
func images(ctx context.Context, userHash string) {
	client.CreateImage(ctx, openai.ImageRequest{Prompt: "a cat"}) // want `^image generation request has no user: set User to a hashed per-user ID$`
	client.CreateImage(ctx, openai.ImageRequest{Prompt: "a cat", User: userHash})
	client.CreateEditImage(ctx, openai.ImageEditRequest{Prompt: "a hat", User: "gallery"}) // want `^image edit request sends a constant user`
	client.CreateVariImage(ctx, openai.ImageVariRequest{N: 2})
}

// The fix sets User to the one per-user value in scope.
func imageForSession(ctx context.Context, sessionID string) {
	client.CreateImage(ctx, openai.ImageRequest{Prompt: "a cat"}) // want `image generation request has no user`
}
