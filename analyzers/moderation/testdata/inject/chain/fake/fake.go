// Package fake answers without a model, for running offline.
package fake

import "context"

type Completer struct{}

func (Completer) Complete(ctx context.Context, system, user string) (string, error) {
	return "plan: " + user, nil
}

func (Completer) Remember(ctx context.Context, note string) {}
