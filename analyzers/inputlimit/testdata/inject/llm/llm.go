// Package llm asks the model what it is given.
package llm

import (
	"context"

	"github.com/openai/openai-go/v3"
)

type OpenAI struct{ Client openai.Client }

func (o *OpenAI) Answer(ctx context.Context, q string) (string, error) {
	return o.ask(ctx, q)
}

func (o *OpenAI) Summarize(ctx context.Context, doc string) (string, error) {
	return o.ask(ctx, "Summarize: "+doc)
}

func (o *OpenAI) ask(ctx context.Context, prompt string) (string, error) {
	resp, err := o.Client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(prompt)},
	})
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}
