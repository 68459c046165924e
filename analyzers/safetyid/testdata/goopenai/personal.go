package goopenai

import (
	"context"
	"log"

	openai "github.com/sashabaranov/go-openai"
)

// A per-user value that holds an e-mail address: the fix adds it hashed.
func idFromEmail(ctx context.Context, user struct{ Email string }) {
	userID := user.Email
	log.Print(userID)
	client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: openai.GPT4o, Messages: msgs}) // want `has no safety_identifier`
}

// Its negative neighbour: an opaque ID is sent as it is.
func idOpaque(ctx context.Context, user struct{ ID string }) {
	userID := user.ID
	log.Print(userID)
	client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: openai.GPT4o, Messages: msgs}) // want `has no safety_identifier`
}
