// Package app sends params built in package builder.
package app

import (
	"context"

	"example.com/safetyid/builder"
	"github.com/openai/openai-go/v3"
)

func Ask(ctx context.Context, client *openai.Client, userID, q string) {
	client.Chat.Completions.New(ctx, builder.Chat(userID, q))
	client.Chat.Completions.New(ctx, builder.Anonymous(q)) // want `sends a constant safety_identifier`
	client.Chat.Completions.New(ctx, builder.Bare(q))      // want `has no safety_identifier`
	client.Chat.Completions.New(ctx, builder.WithDefaults(builder.Bare(q)))

	p, _ := builder.Tagged(userID, q)
	client.Chat.Completions.New(ctx, p)

	bare := builder.Bare(q)
	bare.SafetyIdentifier = openai.String(userID)
	client.Chat.Completions.New(ctx, bare)
}
