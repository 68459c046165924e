// Package service prompts the model its constructor is given with what
// its callers pass: whether the model is OpenAI's is known where a caller
// gives it, and what users send is read elsewhere.
package service

import (
	"context"

	"github.com/tmc/langchaingo/llms"
)

type Assistant struct{ llm llms.Model }

func NewAssistant(llm llms.Model) *Assistant { return &Assistant{llm: llm} }

// Ask answers q in the persona it is given.
func (a *Assistant) Ask(ctx context.Context, persona, q string) (string, error) {
	msgs := []llms.MessageContent{
		llms.TextParts(llms.ChatMessageTypeSystem, "You are "+persona+"."),
		llms.TextParts(llms.ChatMessageTypeHuman, q),
	}
	resp, err := a.llm.GenerateContent(ctx, msgs, llms.WithMaxTokens(300))
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Content, nil
}
