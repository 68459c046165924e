// Package llm asks the model what it is given.
package llm

import (
	"context"

	"github.com/openai/openai-go/v3"
)

type OpenAI struct{ Client openai.Client }

func (o *OpenAI) Answer(ctx context.Context, q string) string { // want Answer:`^taint\(returns=\[\] requests=\[2\] verdicts=\[\] output=llm/llm.go:13\)$`
	resp, err := o.Client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{openai.SystemMessage(q)},
	})
	if err != nil {
		return ""
	}
	return resp.Choices[0].Message.Content
}

var client = openai.NewClient()

// Title asks for a title: a function, wired into a field.
func Title(ctx context.Context, text string) string { // want Title:`^taint\(returns=\[\] requests=\[1\] verdicts=\[\] output=llm/llm.go:26\)$`
	resp, err := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(text)},
	})
	if err != nil {
		return ""
	}
	return resp.Choices[0].Message.Content
}
