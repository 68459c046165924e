// Package service returns what the model its constructor is given
// answers: whether the model is OpenAI's is known where a caller gives it.
package service

import (
	"context"

	"github.com/tmc/langchaingo/llms"
)

type Advisor struct{ llm llms.Model }

func NewAdvisor(llm llms.Model) *Advisor { return &Advisor{llm: llm} }

// Suggest returns the command the model suggests for task.
func (a *Advisor) Suggest(ctx context.Context, task string) (string, error) {
	return llms.GenerateFromSinglePrompt(ctx, a.llm, "Suggest one shell command to "+task, llms.WithMaxTokens(50))
}
