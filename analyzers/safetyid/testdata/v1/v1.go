// Package v1 holds safetyid cases for openai-go v1.
package v1

import (
	"context"

	"github.com/openai/openai-go"
)

func deprecatedUser(ctx context.Context, client openai.Client, userHash string) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{ // want `deprecated user field`
		Model: openai.ChatModelGPT4o,
		User:  openai.String(userHash),
	})
}

func withIdentifier(ctx context.Context, client openai.Client, userHash string) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model:            openai.ChatModelGPT4o,
		SafetyIdentifier: openai.String(userHash),
	})
}
