// Package app is the use case: it passes the question on to the model it
// is given, and returns the model's answer.
package app

import (
	"context"

	"example.com/moderation/inject/twohops/ports"
)

type service struct{ model ports.Model }

func NewService(m ports.Model) ports.Service { return &service{model: m} }

func (s *service) Process(ctx context.Context, q ports.Question) (*ports.Answer, error) {
	text, err := s.model.Send(ctx, q)
	if err != nil {
		return nil, err
	}
	return &ports.Answer{Text: text}, nil
}
