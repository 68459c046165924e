// Package goopenai holds unhashedid cases for go-openai.
package goopenai

import (
	"context"

	openai "github.com/sashabaranov/go-openai"
)

type profile struct{ Email, ID string }

func ask(ctx context.Context, client *openai.Client, p profile) {
	client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: openai.GPT4o, SafetyIdentifier: p.Email}) // want `built from an e-mail address \(p.Email\)`
	client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: openai.GPT4o, SafetyIdentifier: p.ID})
}
