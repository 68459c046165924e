// Package model declares what the planner needs of a language model; the
// implementations live elsewhere.
package model

import "context"

type Completer interface {
	Complete(ctx context.Context, system, user string) (string, error)
	Remember(ctx context.Context, note string)
}
