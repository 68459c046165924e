// Package sender sends params for package wrappers, with the identifier it
// is given.
package sender

import (
	"context"

	"github.com/openai/openai-go/v3"
)

// AskAs sets the identifier to the one it is given, and sends the params.
func AskAs(ctx context.Context, client *openai.Client, id string, p openai.ChatCompletionNewParams) {
	p.SafetyIdentifier = openai.String(id)
	client.Chat.Completions.New(ctx, p)
}
