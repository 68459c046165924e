// Package flows defines flows on the Genkit its callers give: their
// calls name no model, so the instance's default decides.
package flows

import (
	"context"

	"github.com/firebase/genkit/go/ai"
	"github.com/firebase/genkit/go/core"
	"github.com/firebase/genkit/go/genkit"
	"github.com/openai/openai-go"
)

func NewAnswerFlow(g *genkit.Genkit) *core.Flow[string, string, struct{}] { // want NewAnswerFlow:`givenFindings\(flows/flows.go:16\)`
	return genkit.DefineFlow(g, "answer", func(ctx context.Context, q string) (string, error) {
		return genkit.GenerateText(ctx, g, ai.WithPrompt(q))
	})
}

func NewBoundedFlow(g *genkit.Genkit) *core.Flow[string, string, struct{}] {
	return genkit.DefineFlow(g, "bounded", func(ctx context.Context, q string) (string, error) {
		return genkit.GenerateText(ctx, g, ai.WithPrompt(q), ai.WithConfig(&openai.ChatCompletionNewParams{MaxCompletionTokens: openai.Int(512)}))
	})
}

// A flow that names its model never uses the default.
func NewGeminiFlow(g *genkit.Genkit) *core.Flow[string, string, struct{}] {
	return genkit.DefineFlow(g, "gemini", func(ctx context.Context, q string) (string, error) {
		return genkit.GenerateText(ctx, g, ai.WithModelName("googleai/gemini-2.5-flash"), ai.WithPrompt(q))
	})
}

// An assistant keeps the Genkit its constructor is given.
type Assistant struct{ g *genkit.Genkit }

func NewAssistant(g *genkit.Genkit) *Assistant { return &Assistant{g: g} } // want NewAssistant:`givenFindings\(flows/flows.go:39\)`

func (a *Assistant) Ask(ctx context.Context, q string) (*ai.ModelResponse, error) {
	return genkit.Generate(ctx, a.g, ai.WithPrompt(q))
}
