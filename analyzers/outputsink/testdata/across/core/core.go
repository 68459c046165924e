// Package core holds the interfaces the program asks models through.
package core

import "context"

// Assistant plans commands.
type Assistant interface {
	Command(ctx context.Context, task string) (string, error)
}

// Speaker has the same method, but only fixed planners are wired to it.
type Speaker interface {
	Command(ctx context.Context, task string) (string, error)
}

// Tools holds the functions a factory fills.
type Tools struct {
	Suggest func(ctx context.Context, task string) string
	Echo    func(ctx context.Context, task string) string
}
