// Package openaigo holds safetyid cases for openai-go v1.10, whose params
// have no safety_identifier: user is the per-user identifier there.
package openaigo

import (
	"context"

	"github.com/openai/openai-go"
	"github.com/openai/openai-go/option"
	"github.com/openai/openai-go/responses"
)

var client = openai.NewClient()

var msgs = []openai.ChatCompletionMessageParamUnion{openai.UserMessage("hello")}

func missing(ctx context.Context) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{ // want `^chat completion request has no user: set User to a hashed per-user ID$`
		Model:    openai.ChatModelGPT4o,
		Messages: msgs,
	})
}

// The fix sets User to the one per-user value in scope.
func missingWithCandidate(ctx context.Context, userID string) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{ // want `has no user`
		Model:    openai.ChatModelGPT4o,
		Messages: msgs,
	})
}

// Their negative twin: the user field carries the per-user ID.
func withUser(ctx context.Context, userID string) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model:    openai.ChatModelGPT4o,
		Messages: msgs,
		User:     openai.String(userID),
	})
}

// No fix: the check does not choose between two identifiers.
func missingWithTwoCandidates(ctx context.Context, userID, sessionID string) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}) // want `has no user`
}

func constantUser(ctx context.Context) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{ // want `^chat completion request sends a constant user: send a hashed per-user or session ID`
		Model: openai.ChatModelGPT4o,
		User:  openai.String("backend"),
	})
}

func userAssigned(ctx context.Context, userID string) {
	params := openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}
	params.User = openai.String(userID)
	client.Chat.Completions.New(ctx, params)
}

// safety_identifier sent as a raw JSON field is understood by the API
// whatever the library version.
func identifierAsJSON(ctx context.Context, userID string) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o},
		option.WithJSONSet("safety_identifier", userID))
}

func constantIdentifierAsJSON(ctx context.Context) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}, // want `sends a constant safety_identifier`
		option.WithJSONSet("safety_identifier", "everyone"))
}

func fromParameter(ctx context.Context, params openai.ChatCompletionNewParams) {
	client.Chat.Completions.New(ctx, params) // the caller may have set it
}

func responsesMissing(ctx context.Context, sessionID string) {
	client.Responses.New(ctx, responses.ResponseNewParams{Model: openai.ChatModelGPT4o}) // want `^response request has no user`
}

func responsesWithUser(ctx context.Context, sessionID string) {
	client.Responses.New(ctx, responses.ResponseNewParams{Model: openai.ChatModelGPT4o, User: openai.String(sessionID)})
}

func images(ctx context.Context) {
	client.Images.Generate(ctx, openai.ImageGenerateParams{Prompt: "a cat"}) // want `^image generation request has no user`
}

func imagesWithUser(ctx context.Context, userHash string) {
	client.Images.Generate(ctx, openai.ImageGenerateParams{Prompt: "a cat", User: openai.String(userHash)})
}

// Endpoints that take no safety_identifier in any version: no finding,
// with user or without.
func endpointsWithoutTheField(ctx context.Context) {
	client.Completions.New(ctx, openai.CompletionNewParams{Model: openai.CompletionNewParamsModelGPT3_5TurboInstruct})
	client.Embeddings.New(ctx, openai.EmbeddingNewParams{Model: openai.EmbeddingModelTextEmbedding3Small})
}

func localModel(ctx context.Context) {
	c := openai.NewClient(option.WithBaseURL("http://localhost:11434/v1/"))
	c.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: "llama3"})
}
