// Package genkit generates with Genkit's OpenAI plugin.
package genkit

import (
	"context"
	"fmt"

	"github.com/firebase/genkit/go/ai"
	"github.com/firebase/genkit/go/genkit"
	oai "github.com/firebase/genkit/go/plugins/compat_oai/openai"
	"github.com/openai/openai-go"
)

func unbounded(ctx context.Context, g *genkit.Genkit, q string) (string, error) {
	return genkit.GenerateText(ctx, g, ai.WithModelName("openai/gpt-4o-mini"), ai.WithPrompt(q)) // want `^chat completion request has no output token limit: set MaxCompletionTokens in ai.WithConfig\(&openai.ChatCompletionNewParams\{...\}\)$`
}

func bounded(ctx context.Context, g *genkit.Genkit, q string) (string, error) {
	return genkit.GenerateText(ctx, g, ai.WithModelName("openai/gpt-4o-mini"), ai.WithPrompt(q),
		ai.WithConfig(&openai.ChatCompletionNewParams{MaxCompletionTokens: openai.Int(256)}))
}

func byModel(ctx context.Context, g *genkit.Genkit, plugin *oai.OpenAI, q string) (*ai.ModelResponse, error) {
	m := plugin.Model(g, "gpt-4o-mini")
	return genkit.Generate(ctx, g, ai.WithModel(m), ai.WithPrompt(q)) // want `chat completion request has no output token limit`
}

func boundedByMap(ctx context.Context, g *genkit.Genkit, plugin *oai.OpenAI, q string) (*ai.ModelResponse, error) {
	return genkit.Generate(ctx, g, ai.WithModel(plugin.Model(g, "gpt-4o-mini")), ai.WithPrompt(q),
		ai.WithConfig(map[string]any{"max_completion_tokens": 300}))
}

// Another provider's model, options from the caller, and the default
// model are not known to be OpenAI's.
func gemini(ctx context.Context, g *genkit.Genkit, q string) (string, error) {
	return genkit.GenerateText(ctx, g, ai.WithModelName("googleai/gemini-2.5-flash"), ai.WithPrompt(q))
}

func forwarded(ctx context.Context, g *genkit.Genkit, opts ...ai.GenerateOption) (string, error) {
	return genkit.GenerateText(ctx, g, opts...)
}

func defaultModel(ctx context.Context, g *genkit.Genkit, q string) (string, error) {
	return genkit.GenerateText(ctx, g, ai.WithPrompt(q))
}

// A config the caller gives may hold the bound.
func configured(ctx context.Context, g *genkit.Genkit, cfg *openai.ChatCompletionNewParams, q string) (string, error) {
	return genkit.GenerateText(ctx, g, ai.WithModelName("openai/gpt-4o-mini"), ai.WithPrompt(q), ai.WithConfig(cfg))
}

// A model name built from a constant provider prefix names the provider;
// a streaming generation is a request too.
func byFormattedName(ctx context.Context, g *genkit.Genkit, model, q string) (string, error) {
	return genkit.GenerateText(ctx, g, ai.WithModelName(fmt.Sprintf("openai/%s", model)), ai.WithPrompt(q)) // want `chat completion request has no output token limit`
}

func byJoinedName(ctx context.Context, g *genkit.Genkit, model, q string) (string, error) {
	name := "openai/" + model
	return genkit.GenerateText(ctx, g, ai.WithModelName(name), ai.WithPrompt(q)) // want `chat completion request has no output token limit`
}

func byProviderName(ctx context.Context, g *genkit.Genkit, provider, model, q string) (string, error) {
	return genkit.GenerateText(ctx, g, ai.WithModelName(fmt.Sprintf("%s/%s", provider, model)), ai.WithPrompt(q))
}

func byOtherFormattedName(ctx context.Context, g *genkit.Genkit, model, q string) (string, error) {
	return genkit.GenerateText(ctx, g, ai.WithModelName("googleai/"+model), ai.WithPrompt(q))
}

func streamed(ctx context.Context, g *genkit.Genkit, q string) {
	for v, err := range genkit.GenerateStream(ctx, g, ai.WithModelName("openai/gpt-4o-mini"), ai.WithPrompt(q)) { // want `chat completion request has no output token limit`
		if err != nil || v.Done {
			return
		}
	}
}

func streamedBounded(ctx context.Context, g *genkit.Genkit, q string) {
	for v, err := range genkit.GenerateStream(ctx, g, ai.WithModelName("openai/gpt-4o-mini"), ai.WithPrompt(q),
		ai.WithConfig(&openai.ChatCompletionNewParams{MaxCompletionTokens: openai.Int(256)})) {
		if err != nil || v.Done {
			return
		}
	}
}
