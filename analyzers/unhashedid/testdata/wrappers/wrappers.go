// Package wrappers sends requests through functions that take the
// identifier and the params: the caller's argument is the identifier.
package wrappers

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

	"example.com/unhashedid/sender"
	"github.com/openai/openai-go/v3"
)

type User struct {
	ID    string
	Email string
}

type assistant struct {
	client *openai.Client
}

// askAs sends the params with the identifier it is given.
func (a *assistant) askAs(ctx context.Context, id string, p openai.ChatCompletionNewParams) {
	p.SafetyIdentifier = openai.String(id)
	a.client.Chat.Completions.New(ctx, p)
}

func hashed(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

func samePackage(ctx context.Context, a *assistant, u User) {
	a.askAs(ctx, u.Email, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}) // want `^safety_identifier is an e-mail address \(u.Email\) with no hash`
	a.askAs(ctx, hashed(u.Email), openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o})
	a.askAs(ctx, u.ID, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o})
}

func otherPackage(ctx context.Context, client *openai.Client, u User) {
	sender.AskAs(ctx, client, u.Email, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}) // want `^safety_identifier is an e-mail address \(u.Email\)`
	sender.AskAs(ctx, client, hashed(u.Email), openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o})
}
