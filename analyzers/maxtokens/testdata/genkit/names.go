package genkit

import (
	"context"
	"fmt"

	"github.com/firebase/genkit/go/ai"
	"github.com/firebase/genkit/go/genkit"
)

// Model names computed by helpers, kept in fields and variables, or given
// as parameters name OpenAI's models when every value they may hold
// begins with "openai/".

func openAIName(model string) string { return fmt.Sprintf("openai/%s", model) }

func geminiName(model string) string { return "googleai/" + model }

func byHelperName(ctx context.Context, g *genkit.Genkit, q string) (string, error) {
	return genkit.GenerateText(ctx, g, ai.WithModelName(openAIName("gpt-4o")), ai.WithPrompt(q)) // want `chat completion request has no output token limit`
}

func byOtherHelperName(ctx context.Context, g *genkit.Genkit, q string) (string, error) {
	return genkit.GenerateText(ctx, g, ai.WithModelName(geminiName("gemini-2.5-flash")), ai.WithPrompt(q))
}

// A provider and a model joined by "%s/%s".
func providerModel(provider, model string) string { return fmt.Sprintf("%s/%s", provider, model) }

func otherProviderModel(provider, model string) string { return fmt.Sprintf("%s/%s", provider, model) }

func byJoinedProvider(ctx context.Context, g *genkit.Genkit, q string) (string, error) {
	return genkit.GenerateText(ctx, g, ai.WithModelName(providerModel("openai", "gpt-4o")), ai.WithPrompt(q)) // want `chat completion request has no output token limit`
}

func byJoinedOtherProvider(ctx context.Context, g *genkit.Genkit, q string) (string, error) {
	return genkit.GenerateText(ctx, g, ai.WithModelName(otherProviderModel("googleai", "gemini-2.5-flash")), ai.WithPrompt(q))
}

// A name a field holds: one assistant only ever holds OpenAI's, the other
// may hold Gemini's.
type assistant struct {
	g     *genkit.Genkit
	model string
}

func newAssistant(g *genkit.Genkit, model string) *assistant {
	return &assistant{g: g, model: "openai/" + model}
}

func (a *assistant) ask(ctx context.Context, q string) (string, error) {
	return genkit.GenerateText(ctx, a.g, ai.WithModelName(a.model), ai.WithPrompt(q)) // want `chat completion request has no output token limit`
}

type switchable struct {
	g     *genkit.Genkit
	model string
}

func newSwitchable(g *genkit.Genkit, gemini bool) *switchable {
	if gemini {
		return &switchable{g: g, model: "googleai/gemini-2.5-flash"}
	}
	return &switchable{g: g, model: "openai/gpt-4o"}
}

func (s *switchable) ask(ctx context.Context, q string) (string, error) {
	return genkit.GenerateText(ctx, s.g, ai.WithModelName(s.model), ai.WithPrompt(q))
}

// A name in a local variable set on two paths.
func byBranchName(ctx context.Context, g *genkit.Genkit, mini bool, q string) (string, error) {
	name := "openai/gpt-4o"
	if mini {
		name = "openai/gpt-4o-mini"
	}
	return genkit.GenerateText(ctx, g, ai.WithModelName(name), ai.WithPrompt(q)) // want `chat completion request has no output token limit`
}

func byEitherName(ctx context.Context, g *genkit.Genkit, local bool, q string) (string, error) {
	name := "openai/gpt-4o"
	if local {
		name = "ollama/llama3"
	}
	return genkit.GenerateText(ctx, g, ai.WithModelName(name), ai.WithPrompt(q))
}
