// Package wired gives the helper its Genkit.
package wired

import (
	"context"

	"example.com/safetyid/genkit/flows"
	"github.com/firebase/genkit/go/genkit"
)

func wire(ctx context.Context) (*flows.Helper, *flows.Helper) {
	gpt := genkit.Init(ctx, genkit.WithDefaultModel("openai/gpt-4o-mini"))
	local := genkit.Init(ctx, genkit.WithDefaultModel("ollama/llama3"))
	return flows.New(gpt), // want `^chat completion request has no safety_identifier: send a hashed per-user ID \(at flows/flows.go:18, through this model\)$`
		flows.New(local)
}
