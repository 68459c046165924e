// Package responsesonly does not import openai-go's root package, so the fix
// adds the import for openai.Int.
package responsesonly

import (
	"context"

	"github.com/openai/openai-go/v3/responses"
)

func ask(ctx context.Context, svc *responses.ResponseService) {
	svc.New(ctx, responses.ResponseNewParams{ // want `response request has no output token limit`
		Model: "gpt-4o",
	})
}
