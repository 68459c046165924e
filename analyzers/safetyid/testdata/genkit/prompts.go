package genkit

import (
	"context"

	"github.com/firebase/genkit/go/ai"
	"github.com/firebase/genkit/go/genkit"
	"github.com/openai/openai-go"
)

// A defined prompt names its user where it runs, in the config the run
// gives, or in the definition's config.
func definedAnonymous(ctx context.Context, g *genkit.Genkit, q string) (*ai.ModelResponse, error) {
	p := genkit.DefinePrompt(g, "answer", ai.WithModelName("openai/gpt-4o-mini"), ai.WithPrompt("Answer: {{q}}"),
		ai.WithConfig(&openai.ChatCompletionNewParams{MaxCompletionTokens: openai.Int(256)}))
	return p.Execute(ctx, ai.WithInput(map[string]any{"q": q})) // want `^chat completion request has no safety_identifier`
}

func definedIdentifiedByRun(ctx context.Context, g *genkit.Genkit, userHash, q string) (*ai.ModelResponse, error) {
	p := genkit.DefinePrompt(g, "answer", ai.WithModelName("openai/gpt-4o-mini"), ai.WithPrompt("Answer: {{q}}"),
		ai.WithConfig(&openai.ChatCompletionNewParams{MaxCompletionTokens: openai.Int(256)}))
	return p.Execute(ctx, ai.WithInput(map[string]any{"q": q}),
		ai.WithConfig(&openai.ChatCompletionNewParams{MaxCompletionTokens: openai.Int(256), SafetyIdentifier: openai.String(userHash)}))
}

func definedIdentified(ctx context.Context, g *genkit.Genkit, userHash, q string) (*ai.ModelResponse, error) {
	p := genkit.DefinePrompt(g, "answer", ai.WithModelName("openai/gpt-4o-mini"), ai.WithPrompt("Answer: {{q}}"),
		ai.WithConfig(&openai.ChatCompletionNewParams{MaxCompletionTokens: openai.Int(256), SafetyIdentifier: openai.String(userHash)}))
	return p.Execute(ctx, ai.WithInput(map[string]any{"q": q}))
}

// A config the run gives replaces the definition's, identifier and all.
func identifierReplaced(ctx context.Context, g *genkit.Genkit, userHash, q string) (*ai.ModelResponse, error) {
	p := genkit.DefinePrompt(g, "answer", ai.WithModelName("openai/gpt-4o-mini"), ai.WithPrompt("Answer: {{q}}"),
		ai.WithConfig(&openai.ChatCompletionNewParams{SafetyIdentifier: openai.String(userHash)}))
	return p.Execute(ctx, ai.WithInput(map[string]any{"q": q}), // want `^chat completion request has no safety_identifier`
		ai.WithConfig(&openai.ChatCompletionNewParams{MaxCompletionTokens: openai.Int(256)}))
}
