// Package unimported imports neither fmt nor crypto/sha256, and names a
// local sha256: the fix imports the package under a name free there.
package unimported

import (
	"context"

	"github.com/openai/openai-go/v3"
)

func ask(ctx context.Context, client openai.Client, email string) {
	sha256 := len(email)
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, SafetyIdentifier: openai.String(email), Seed: openai.Int(int64(sha256))}) // want `is an e-mail address \(email\)`
}
