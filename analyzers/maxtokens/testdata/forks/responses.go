package forks

import (
	"context"

	"github.com/charmbracelet/openai-go/responses"
)

// The fix's openai.Int comes from the fork's root package, not the
// library's.
func respond(ctx context.Context, svc responses.ResponseService) {
	svc.New(ctx, responses.ResponseNewParams{Model: "gpt-4o"}) // want `^response request has no output token limit: set MaxOutputTokens`
}
