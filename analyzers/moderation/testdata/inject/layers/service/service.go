// Package service answers through the model it is given: a layer between
// the handlers and the model client, both wired in main.
package service

import "context"

type Model interface {
	Complete(ctx context.Context, prompt string) (string, error)
}

type Svc struct{ model Model }

func New(m Model) *Svc { return &Svc{model: m} }

// Ask passes the question on to the model.
func (s *Svc) Ask(ctx context.Context, q string) (string, error) {
	return s.model.Complete(ctx, "Answer briefly: "+q)
}

// Title gives the model only how long the document is.
func (s *Svc) Title(ctx context.Context, doc string) (string, error) {
	return s.model.Complete(ctx, "Suggest a title for a document of "+itoa(len(doc))+" bytes")
}

func itoa(n int) string { return string(rune('0' + n%10)) }
