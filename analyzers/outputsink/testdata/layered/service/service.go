// Package service plans with the model it is given, and returns its
// answer: a layer between the runner and the model client.
package service

import "context"

type Model interface {
	Complete(ctx context.Context, prompt string) (string, error)
}

type Svc struct{ model Model }

func New(m Model) *Svc { return &Svc{model: m} }

func (s *Svc) Plan(ctx context.Context, task string) (string, error) {
	return s.model.Complete(ctx, "Write one shell command to "+task)
}
