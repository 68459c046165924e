// Package service answers questions through the assistant the provider
// picks; it reads no input and sends nothing to a model itself.
package service

import (
	"context"

	"example.com/moderation/inject/layer/core"
	"example.com/moderation/inject/layer/provider"
)

type Service struct{ ai core.Assistant }

func New() *Service { return &Service{ai: provider.Pick(false)} }

func (s *Service) Answer(ctx context.Context, question string) (string, error) {
	return s.ai.Ask(ctx, "Answer briefly: "+question)
}

// Greet asks with a prompt of its own, whatever it is given.
func (s *Service) Greet(ctx context.Context, name string) (string, error) {
	return s.ai.Ask(ctx, "Write a greeting.")
}
