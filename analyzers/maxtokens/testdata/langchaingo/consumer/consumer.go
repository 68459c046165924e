// Package consumer asks models that another package makes.
package consumer

import (
	"context"

	"example.com/maxtokens/langchaingo/factory"
	"github.com/tmc/langchaingo/llms"
)

func ask(ctx context.Context, q string) (string, error) {
	m, err := factory.OpenAI()
	if err != nil {
		return "", err
	}
	return m.Call(ctx, q) // want `chat completion request has no output token limit: pass llms.WithMaxTokens\(n\)`
}

func askLocal(ctx context.Context, q string) (string, error) {
	m, err := factory.Local()
	if err != nil {
		return "", err
	}
	return m.Call(ctx, q)
}

func askDeepSeek(ctx context.Context, q string) (string, error) {
	m, err := factory.DeepSeek()
	if err != nil {
		return "", err
	}
	return m.Call(ctx, q)
}

func askBounded(ctx context.Context, q string) (string, error) {
	m, err := factory.OpenAI()
	if err != nil {
		return "", err
	}
	return llms.GenerateFromSinglePrompt(ctx, m, q, llms.WithMaxTokens(200))
}
