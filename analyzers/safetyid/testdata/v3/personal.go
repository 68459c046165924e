package v3

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"log"
	"net/http"

	"example.com/safetyid/profiles"
	"github.com/openai/openai-go/v3"
)

// A per-user value that holds personal data is not a safety identifier
// until it is hashed: the fix adds it hashed, so that unhashedid has
// nothing to say of it.

type account struct{ ID, Email string }

func idFromEmailForm(ctx context.Context, r *http.Request) {
	userID := r.FormValue("email")
	log.Printf("request from %s", userID)
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}) // want `has no safety_identifier`
}

func idFromEmailField(ctx context.Context, a account) {
	userID := a.Email
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{ // want `has no safety_identifier`
		Model:    openai.ChatModelGPT4o,
		Messages: msgs,
		Metadata: map[string]string{"user": userID},
	})
}

func idFromAnotherPackage(ctx context.Context, p profiles.Profile) {
	sessionID := profiles.Contact(p)
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, Metadata: map[string]string{"s": sessionID}}) // want `has no safety_identifier`
}

// Negative neighbours: an opaque or hashed value is sent as it is.

func idFromIDField(ctx context.Context, a account) {
	userID := a.ID
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, Metadata: map[string]string{"u": userID}}) // want `has no safety_identifier`
}

func idHashedAlready(ctx context.Context, a account) {
	sum := sha256.Sum256([]byte(a.Email))
	userID := hex.EncodeToString(sum[:])
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, Metadata: map[string]string{"u": userID}}) // want `has no safety_identifier`
}

func idOpaqueFromAnotherPackage(ctx context.Context, p profiles.Profile) {
	sessionID := profiles.Key(p)
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, Metadata: map[string]string{"s": sessionID}}) // want `has no safety_identifier`
}

// The value is declared after the params literal, where the fix would
// write it: no fix.
func idDeclaredAfterTheLiteral(ctx context.Context, a account) {
	params := openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}
	userID := a.ID
	params.Metadata = map[string]string{"u": userID}
	client.Chat.Completions.New(ctx, params) // want `has no safety_identifier`
}
