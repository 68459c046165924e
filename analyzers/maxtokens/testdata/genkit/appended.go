package genkit

import (
	"context"

	"github.com/firebase/genkit/go/ai"
	"github.com/firebase/genkit/go/genkit"
	oai "github.com/firebase/genkit/go/plugins/compat_oai/openai"
	"github.com/openai/openai-go"
)

// Options gathered in a slice and passed with "..." are read where the
// slice is built.
func appendedModel(ctx context.Context, g *genkit.Genkit, history []*ai.Message, q string) (*ai.ModelResponse, error) {
	opts := []ai.GenerateOption{ai.WithModelName("openai/gpt-4o")}
	if len(history) > 0 {
		opts = append(opts, ai.WithMessages(history...))
	}
	opts = append(opts, ai.WithPrompt(q))
	return genkit.Generate(ctx, g, opts...) // want `chat completion request has no output token limit`
}

func appendedBounded(ctx context.Context, g *genkit.Genkit, q string) (*ai.ModelResponse, error) {
	opts := []ai.GenerateOption{ai.WithModelName("openai/gpt-4o")}
	opts = append(opts, ai.WithPrompt(q), ai.WithConfig(&openai.ChatCompletionNewParams{MaxCompletionTokens: openai.Int(256)}))
	return genkit.Generate(ctx, g, opts...)
}

func appendedOtherModel(ctx context.Context, g *genkit.Genkit, q string) (*ai.ModelResponse, error) {
	opts := []ai.GenerateOption{ai.WithPrompt(q)}
	opts = append(opts, ai.WithModelName("googleai/gemini-2.5-flash"))
	return genkit.Generate(ctx, g, opts...)
}

// A model on one path and another provider's on the other is not
// OpenAI's on every path.
func appendedEitherModel(ctx context.Context, g *genkit.Genkit, local bool, q string) (*ai.ModelResponse, error) {
	opts := []ai.GenerateOption{ai.WithPrompt(q)}
	if local {
		opts = append(opts, ai.WithModelName("ollama/llama3"))
	} else {
		opts = append(opts, ai.WithModelName("openai/gpt-4o"))
	}
	return genkit.Generate(ctx, g, opts...)
}

// Without a model among them, the instance's default model is used.
func appendedByDefault(ctx context.Context, q string) (*ai.ModelResponse, error) {
	g := genkit.Init(ctx, genkit.WithPlugins(&oai.OpenAI{}), genkit.WithDefaultModel("openai/gpt-4o-mini"))
	opts := []ai.GenerateOption{ai.WithSystem("Answer briefly.")}
	opts = append(opts, ai.WithPrompt(q))
	return genkit.Generate(ctx, g, opts...) // want `chat completion request has no output token limit`
}

func appendedByOtherDefault(ctx context.Context, q string) (*ai.ModelResponse, error) {
	g := genkit.Init(ctx, genkit.WithDefaultModel("googleai/gemini-2.5-flash"))
	opts := []ai.GenerateOption{ai.WithSystem("Answer briefly.")}
	opts = append(opts, ai.WithPrompt(q))
	return genkit.Generate(ctx, g, opts...)
}

// An option a helper makes is what the helper returns: here a model of
// either provider, so not the default and not OpenAI's on every path.
func chosenModel(gemini bool) ai.GenerateOption {
	if gemini {
		return ai.WithModelName("googleai/gemini-2.5-flash")
	}
	return ai.WithModelName("openai/gpt-4o")
}

func helperOption(ctx context.Context, gemini bool, q string) (*ai.ModelResponse, error) {
	g := genkit.Init(ctx, genkit.WithPlugins(&oai.OpenAI{}), genkit.WithDefaultModel("openai/gpt-4o-mini"))
	return genkit.Generate(ctx, g, chosenModel(gemini), ai.WithPrompt(q))
}

// Options a helper of the package builds are read in the helper, also
// when appended to another's.
func chatOptions(q string, history []*ai.Message) []ai.GenerateOption {
	opts := []ai.GenerateOption{ai.WithModelName("openai/gpt-4o")}
	if len(history) > 0 {
		opts = append(opts, ai.WithMessages(history...))
	}
	return append(opts, ai.WithPrompt(q))
}

func boundedChatOptions(q string) []ai.GenerateOption {
	return []ai.GenerateOption{
		ai.WithModelName("openai/gpt-4o"),
		ai.WithPrompt(q),
		ai.WithConfig(&openai.ChatCompletionNewParams{MaxCompletionTokens: openai.Int(256)}),
	}
}

func geminiOptions(q string) []ai.GenerateOption {
	return []ai.GenerateOption{ai.WithModelName("googleai/gemini-2.5-flash"), ai.WithPrompt(q)}
}

func extraOptions() []ai.GenerateOption {
	return []ai.GenerateOption{ai.WithSystem("Answer briefly.")}
}

func helperBuilt(ctx context.Context, g *genkit.Genkit, q string) (*ai.ModelResponse, error) {
	return genkit.Generate(ctx, g, chatOptions(q, nil)...) // want `chat completion request has no output token limit`
}

func helperAppended(ctx context.Context, g *genkit.Genkit, q string) (*ai.ModelResponse, error) {
	opts := append(chatOptions(q, nil), extraOptions()...)
	return genkit.Generate(ctx, g, opts...) // want `chat completion request has no output token limit`
}

func helperBuiltBounded(ctx context.Context, g *genkit.Genkit, q string) (*ai.ModelResponse, error) {
	return genkit.Generate(ctx, g, append(boundedChatOptions(q), extraOptions()...)...)
}

func helperBuiltOtherModel(ctx context.Context, g *genkit.Genkit, q string) (*ai.ModelResponse, error) {
	opts := append(geminiOptions(q), extraOptions()...)
	return genkit.Generate(ctx, g, opts...)
}
