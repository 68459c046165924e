// Package goopenai holds safetyid cases for go-openai v1.40, whose
// requests have no safety_identifier: user is the per-user identifier
// there.
package goopenai

import (
	"context"
	"log"
	"os"

	openai "github.com/sashabaranov/go-openai"
)

var client = openai.NewClient(os.Getenv("OPENAI_API_KEY"))

var msgs = []openai.ChatCompletionMessage{{Role: openai.ChatMessageRoleUser, Content: "hello"}}

func missing(ctx context.Context) {
	client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: openai.GPT4o, Messages: msgs}) // want `^chat completion request has no user: set User to a hashed per-user ID$`
}

// The fix sets User to the one per-user value in scope.
func missingWithCandidate(ctx context.Context, sessionID string) {
	client.CreateChatCompletionStream(ctx, openai.ChatCompletionRequest{ // want `has no user`
		Model:    openai.GPT4o,
		Messages: msgs,
	})
}

// Their negative twin.
func withUser(ctx context.Context, sessionID string) {
	client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: openai.GPT4o, Messages: msgs, User: sessionID})
}

// An empty user is left off the wire: the fix replaces it.
func emptyUser(ctx context.Context, userID string) {
	client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: openai.GPT4o, User: ""}) // want `has no user`
}

func constantUser(ctx context.Context) {
	client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: openai.GPT4o, User: "svc"}) // want `sends a constant user`
}

// go-openai has safety_identifier on no image request, in any version:
// upgrading would not bring it, so the message does not offer it.
func images(ctx context.Context) {
	client.CreateImage(ctx, openai.ImageRequest{Prompt: "a cat"}) // want `^image generation request has no user: set User`
}

// A per-user value that holds an e-mail address: the fix sends it hashed.
func idFromEmail(ctx context.Context, user struct{ Email string }) {
	userID := user.Email
	log.Print(userID)
	client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: openai.GPT4o, Messages: msgs}) // want `has no user`
}

// Its negative neighbour: an opaque ID is sent as it is.
func idOpaque(ctx context.Context, user struct{ ID string }) {
	userID := user.ID
	log.Print(userID)
	client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: openai.GPT4o, Messages: msgs}) // want `has no user`
}
