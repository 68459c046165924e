// want package:`injected\(example.com/taint/inject/rpc.Answerer.Answer:2<-Twirp request size\)`

// Package rpc serves Twirp's example Haberdasher, and asks an interface it
// is given: it reads no input of the tables, and sends nothing to a model
// itself. Its service method's request is user input.
package rpc

import (
	"context"
	"encoding/json"

	"github.com/twitchtv/twirp/example"
)

type Answerer interface {
	Answer(ctx context.Context, q string) string
}

type Hats struct{ AI Answerer }

func (h *Hats) MakeHat(ctx context.Context, size *example.Size) (*example.Hat, error) { // want MakeHat:`^taint\(returns=\[2\] requests=\[\] verdicts=\[\] forwards=2->example.com/taint/inject/rpc.Answerer.Answer:2\)$`
	order, err := json.Marshal(size)
	if err != nil {
		return nil, err
	}
	h.AI.Answer(ctx, "Name a hat for this order: "+string(order))
	return h.suggest(ctx), nil
}

// suggest asks with fixed text: no input passes.
func (h *Hats) suggest(ctx context.Context) *example.Hat {
	h.AI.Answer(ctx, "Suggest a hat for a seven-inch head")
	return &example.Hat{Size: 7}
}
