package responsesonly

import (
	"context"

	"github.com/openai/openai-go/v3/responses"
)

// A parameter named openai hides the name the fix would import the root
// package by: it imports it under a name free here (responsesonly.go,
// where the name is free, is its negative neighbour).
func askFor(ctx context.Context, svc *responses.ResponseService, openai string) {
	svc.New(ctx, responses.ResponseNewParams{ // want `response request has no output token limit`
		Model: openai,
	})
}
