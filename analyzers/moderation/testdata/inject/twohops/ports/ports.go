// Package ports declares the two interfaces between the web handler and
// the model: the use case the handler calls, and the model it calls.
package ports

import "context"

type Question struct {
	Text string
	Lang string
}

type Answer struct{ Text string }

type Service interface {
	Process(ctx context.Context, q Question) (*Answer, error)
}

type Model interface {
	Send(ctx context.Context, q Question) (string, error)
}
