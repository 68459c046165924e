// Package v2 holds safetyid cases for openai-go v2.
package v2

import (
	"context"

	"github.com/openai/openai-go/v2"
	"github.com/openai/openai-go/v2/responses"
)

func missing(ctx context.Context, client openai.Client, userID string) {
	client.Responses.New(ctx, responses.ResponseNewParams{ // want `response request has no safety_identifier`
		Model: openai.ChatModelGPT4o,
	})
}
