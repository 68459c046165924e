// Package llm wraps the client for package api.
package llm

import (
	"context"
	"strings"

	"github.com/openai/openai-go/v3"
)

type Assistant struct{ client openai.Client }

// Ask sends persona as the system prompt and question as the user's words.
func (a *Assistant) Ask(ctx context.Context, persona, question string) error {
	_, err := a.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{
			openai.SystemMessage("You are " + persona),
			openai.UserMessage(question),
		},
	})
	return err
}

// Normalize returns its argument trimmed.
func Normalize(s string) string {
	return strings.TrimSpace(s)
}
