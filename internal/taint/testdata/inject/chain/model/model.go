// Package model declares what the planner needs of a language model; the
// implementations live elsewhere.
package model

import "context"

type Completer interface {
	Complete(ctx context.Context, system, user string) (string, error)
	Remember(ctx context.Context, note string)
	Chat(ctx context.Context, p Prompt) (string, error)
}

// Prompt carries both parts of a prompt in one value.
type Prompt struct {
	System, User string
}
