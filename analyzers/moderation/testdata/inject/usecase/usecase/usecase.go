// Package usecase asks the model it is given. Its handlers call it
// directly, not through an interface; main gives it the model through
// NewModule, which hands it on to the constructor that keeps it.
package usecase

import (
	"context"
	"fmt"
)

type Model interface {
	Complete(ctx context.Context, prompt string) (string, error)
}

type Asker struct{ model Model }

func NewAsker(m Model) *Asker { return &Asker{model: m} }

// Ask passes the question on to the model.
func (a *Asker) Ask(ctx context.Context, q string) (string, error) {
	return a.model.Complete(ctx, fmt.Sprintf("Answer briefly: %s", q))
}

// Count gives the model only how long the question is.
func (a *Asker) Count(ctx context.Context, q string) (string, error) {
	return a.model.Complete(ctx, fmt.Sprintf("Say something about %d bytes", len(q)))
}

type Module struct{ Asker *Asker }

func NewModule(m Model) *Module { return &Module{Asker: NewAsker(m)} }
