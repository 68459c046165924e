// Package llm is the bots' assistant: a persona in the system prompt, a
// question in the user's message.
package llm

import (
	"context"

	"github.com/openai/openai-go/v3"
)

type Assistant struct{ client openai.Client }

func (a *Assistant) Ask(ctx context.Context, persona, question string) error {
	_, err := a.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{
			openai.SystemMessage("You are " + persona),
			openai.UserMessage(question),
		},
	})
	return err
}

// Personas are the personas a user may choose.
var Personas = map[string]string{"pirate": "a pirate", "poet": "a poet"}
