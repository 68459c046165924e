// Package withhelper defines a hashing function: the fix calls it.
package withhelper

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

	"github.com/openai/openai-go/v3"
)

func hashUser(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

func ask(ctx context.Context, client openai.Client, email string) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model:            openai.ChatModelGPT4o,
		SafetyIdentifier: openai.String(email), // want `is an e-mail address \(email\)`
	})
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model:            openai.ChatModelGPT4o,
		SafetyIdentifier: openai.String(hashUser(email)),
	})
}

// A local hides the package's hashing function: the fix hashes with
// SHA-256 instead.
func helperHidden(ctx context.Context, client openai.Client, email string, hashUser bool) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model:            openai.ChatModelGPT4o,
		SafetyIdentifier: openai.String(email), // want `is an e-mail address \(email\)`
		Store:            openai.Bool(hashUser),
	})
}
