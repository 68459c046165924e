// Package ports holds the interfaces the program asks through.
package ports

import "context"

type Answerer interface {
	Answer(ctx context.Context, q string) string
}

// Echoer has the same method; only an echo is wired to it.
type Echoer interface {
	Answer(ctx context.Context, q string) string
}
