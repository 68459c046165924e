// Package genkit names, or not, its users through Genkit's OpenAI plugin.
package genkit

import (
	"context"

	"github.com/firebase/genkit/go/ai"
	"github.com/firebase/genkit/go/genkit"
	"github.com/openai/openai-go"
)

func anonymous(ctx context.Context, g *genkit.Genkit, q string) (string, error) {
	return genkit.GenerateText(ctx, g, ai.WithModelName("openai/gpt-4o-mini"), ai.WithPrompt(q), // want `^chat completion request has no safety_identifier`
		ai.WithConfig(&openai.ChatCompletionNewParams{MaxCompletionTokens: openai.Int(256)}))
}

func identified(ctx context.Context, g *genkit.Genkit, userHash, q string) (string, error) {
	return genkit.GenerateText(ctx, g, ai.WithModelName("openai/gpt-4o-mini"), ai.WithPrompt(q),
		ai.WithConfig(&openai.ChatCompletionNewParams{MaxCompletionTokens: openai.Int(256), SafetyIdentifier: openai.String(userHash)}))
}

// The default model genkit.Init names is the one a call without a model
// option uses.
var openAIGenkit = genkit.Init(context.Background(), genkit.WithDefaultModel("openai/gpt-4o-mini"))

func anonymousByDefault(ctx context.Context, q string) (string, error) {
	return genkit.GenerateText(ctx, openAIGenkit, ai.WithPrompt(q), // want `^chat completion request has no safety_identifier`
		ai.WithConfig(&openai.ChatCompletionNewParams{MaxCompletionTokens: openai.Int(256)}))
}

func identifiedByDefault(ctx context.Context, userHash, q string) (string, error) {
	return genkit.GenerateText(ctx, openAIGenkit, ai.WithPrompt(q),
		ai.WithConfig(&openai.ChatCompletionNewParams{MaxCompletionTokens: openai.Int(256), SafetyIdentifier: openai.String(userHash)}))
}
