// Package canned answers without a model.
package canned

import (
	"context"

	"example.com/taint/inject/ports"
)

func New() ports.Answerer { return reply{} }

type reply struct{}

func (reply) Answer(ctx context.Context, q string) string { return "no" }
