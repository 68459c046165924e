package openaigo

import (
	"context"
	"log"

	"github.com/openai/openai-go"
)

// A per-user value that holds an e-mail address: the fix sends it hashed.
func idFromEmail(ctx context.Context, user struct{ Email string }) {
	userID := user.Email
	log.Print(userID)
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, Messages: msgs}) // want `has no user`
}

// Its negative neighbour: an opaque ID is sent as it is.
func idOpaque(ctx context.Context, user struct{ ID string }) {
	userID := user.ID
	log.Print(userID)
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, Messages: msgs}) // want `has no user`
}
