// Package llm puts what it is told to be in the system prompt.
package llm

import (
	"context"

	"example.com/promptinject/inject/handler"
	"github.com/openai/openai-go/v3"
)

type OpenAI struct{ Client openai.Client }

func (o *OpenAI) Speak(ctx context.Context, persona, q string) (string, error) {
	resp, err := o.Client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{
			openai.SystemMessage("You are " + persona),
			openai.UserMessage(q),
		},
	})
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}

func (o *OpenAI) Write(ctx context.Context, b handler.Brief) (string, error) {
	resp, err := o.Client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{
			openai.SystemMessage("Write for " + b.Audience),
			openai.UserMessage(b.Text),
		},
	})
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}
