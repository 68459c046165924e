// Package core declares what the service asks.
package core

import "context"

type Assistant interface {
	Ask(ctx context.Context, prompt string) (string, error)
}
