// Package ports declares what the handlers need of a model.
package ports

import "context"

type Answerer interface {
	Answer(ctx context.Context, q string) (string, error)
}
