// Package goopenai holds unhashedid cases for go-openai.
package goopenai

import (
	"context"

	openai "github.com/sashabaranov/go-openai"
)

type profile struct{ Email, ID string }

func ask(ctx context.Context, client *openai.Client, p profile) {
	client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: openai.GPT4o, SafetyIdentifier: p.Email}) // want `is an e-mail address \(p.Email\)`
	client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: openai.GPT4o, SafetyIdentifier: p.ID})
	// A value with a comment inside gets no fix: printing it anew would drop the comment.
	client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: openai.GPT4o, SafetyIdentifier: p.Email + /* the primary address */ ""}) // want `is an e-mail address`
}
