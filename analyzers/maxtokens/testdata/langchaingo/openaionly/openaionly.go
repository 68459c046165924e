// Package openaionly imports langchaingo's OpenAI model and nothing else
// of langchaingo: the llms package, whose option bounds the call, is
// known here only through the model's own export data.
package openaionly

import (
	"context"

	"github.com/tmc/langchaingo/llms/openai"
)

func ask(ctx context.Context, q string) (string, error) {
	llm, err := openai.New()
	if err != nil {
		return "", err
	}
	return llm.Call(ctx, q) // want `^chat completion request has no output token limit: pass llms.WithMaxTokens\(n\)$`
}
