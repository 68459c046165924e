// Package fake answers without a model, for running offline.
package fake

import (
	"context"

	"example.com/taint/inject/chain/model"
)

type Completer struct{}

func (Completer) Complete(ctx context.Context, system, user string) (string, error) {
	return "plan: " + user, nil
}

func (Completer) Remember(ctx context.Context, note string) {}

func (Completer) Chat(ctx context.Context, p model.Prompt) (string, error) {
	return "", nil
}
