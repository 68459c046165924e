// Package twirpserver implements Twirp's example Haberdasher service: the
// request of each method is what a client sent.
package twirpserver

import (
	"context"
	"encoding/json"
	"net/http"

	"example.com/sources/llm"
	"github.com/twitchtv/twirp/example"
)

type haberdasher struct{ llm *llm.Client }

func (h *haberdasher) MakeHat(ctx context.Context, size *example.Size) (*example.Hat, error) { // want `^source Twirp request size$`
	order, err := json.Marshal(size)
	if err != nil {
		return nil, err
	}
	if err := h.llm.Ask(ctx, "Name a hat for this order: "+string(order)); err != nil {
		return nil, err
	}
	return h.suggest(ctx, &example.Size{Inches: 7})
}

// suggest is no method of the service: its caller is the program itself.
func (h *haberdasher) suggest(ctx context.Context, size *example.Size) (*example.Hat, error) {
	order, err := json.Marshal(size)
	if err != nil {
		return nil, err
	}
	return &example.Hat{Size: size.Inches}, h.llm.Ask(ctx, "Suggest a hat for this order: "+string(order))
}

func serve(h *haberdasher) {
	http.ListenAndServe("localhost:8080", example.NewHaberdasherServer(h))
}
