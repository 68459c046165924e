// Package flows answers on the Genkit its callers give, naming its users
// in some requests.
package flows

import (
	"context"

	"github.com/firebase/genkit/go/ai"
	"github.com/firebase/genkit/go/genkit"
	"github.com/openai/openai-go"
)

type Helper struct{ g *genkit.Genkit }

func New(g *genkit.Genkit) *Helper { return &Helper{g: g} } // want New:`givenFindings\(flows/flows.go:18\)`

func (h *Helper) Anonymous(ctx context.Context, q string) (string, error) {
	return genkit.GenerateText(ctx, h.g, ai.WithPrompt(q),
		ai.WithConfig(&openai.ChatCompletionNewParams{MaxCompletionTokens: openai.Int(256)}))
}

func (h *Helper) Identified(ctx context.Context, userHash, q string) (string, error) {
	return genkit.GenerateText(ctx, h.g, ai.WithPrompt(q),
		ai.WithConfig(&openai.ChatCompletionNewParams{MaxCompletionTokens: openai.Int(256), SafetyIdentifier: openai.String(userHash)}))
}
