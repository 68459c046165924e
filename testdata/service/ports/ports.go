// Package ports declares what the FAQ pages need of the assistant.
package ports

import "context"

// Replier answers a customer's question.
type Replier interface {
	Reply(ctx context.Context, userHash, message string) (string, error)
}
