// Package ports declares what the server asks through.
package ports

import "context"

type Asker interface {
	Ask(ctx context.Context, q string) (string, error)
}
