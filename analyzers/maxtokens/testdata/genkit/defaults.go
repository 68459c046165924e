package genkit

import (
	"context"

	"github.com/firebase/genkit/go/ai"
	"github.com/firebase/genkit/go/genkit"
	oai "github.com/firebase/genkit/go/plugins/compat_oai/openai"
	"github.com/openai/openai-go"
	"github.com/openai/openai-go/option"
)

// A call without a model option uses the default model of the Genkit it
// is given: OpenAI's when genkit.Init named one.
func withDefault(ctx context.Context, q string) (string, error) {
	g := genkit.Init(ctx, genkit.WithPlugins(&oai.OpenAI{}), genkit.WithDefaultModel("openai/gpt-4o-mini"))
	return genkit.GenerateText(ctx, g, ai.WithPrompt(q)) // want `^chat completion request has no output token limit: set MaxCompletionTokens in ai.WithConfig\(&openai.ChatCompletionNewParams\{...\}\)$`
}

func withDefaultBounded(ctx context.Context, q string) (string, error) {
	g := genkit.Init(ctx, genkit.WithPlugins(&oai.OpenAI{}), genkit.WithDefaultModel("openai/gpt-4o-mini"))
	return genkit.GenerateText(ctx, g, ai.WithPrompt(q), ai.WithConfig(&openai.ChatCompletionNewParams{MaxCompletionTokens: openai.Int(256)}))
}

// An option that chooses the model wins over the default.
func withDefaultOverridden(ctx context.Context, q string) (string, error) {
	g := genkit.Init(ctx, genkit.WithPlugins(&oai.OpenAI{}), genkit.WithDefaultModel("openai/gpt-4o-mini"))
	return genkit.GenerateText(ctx, g, ai.WithModelName("googleai/gemini-2.5-flash"), ai.WithPrompt(q))
}

func withOtherDefault(ctx context.Context, q string) (string, error) {
	g := genkit.Init(ctx, genkit.WithDefaultModel("googleai/gemini-2.5-flash"))
	return genkit.GenerateText(ctx, g, ai.WithPrompt(q))
}

// A server keeps the Genkit its constructor is given; the calls of the
// constructor in this package made it with an OpenAI default.
type server struct{ g *genkit.Genkit }

func newServer(g *genkit.Genkit) *server { return &server{g: g} }

func (s *server) answer(ctx context.Context, q string) (*ai.ModelResponse, error) {
	return genkit.Generate(ctx, s.g, ai.WithPrompt(q)) // want `chat completion request has no output token limit`
}

func newGenkit(ctx context.Context) *genkit.Genkit {
	return genkit.Init(ctx, genkit.WithPlugins(&oai.OpenAI{}), genkit.WithDefaultModel("openai/gpt-4o"))
}

func serve(ctx context.Context) *server {
	return newServer(newGenkit(ctx))
}

// The same server made with another provider's default is silent.
type otherServer struct{ g *genkit.Genkit }

func (s *otherServer) answer(ctx context.Context, q string) (*ai.ModelResponse, error) {
	return genkit.Generate(ctx, s.g, ai.WithPrompt(q))
}

func serveOther(ctx context.Context) *otherServer {
	return &otherServer{g: genkit.Init(ctx, genkit.WithDefaultModel("ollama/llama3"))}
}

// The OpenAI plugin pointed at another provider's server serves the
// "openai/" models of its instance from there.
func throughRouter(ctx context.Context, q string) (string, error) {
	g := genkit.Init(ctx, genkit.WithPlugins(&oai.OpenAI{
		Opts: []option.RequestOption{option.WithBaseURL("https://openrouter.ai/api/v1")},
	}))
	return genkit.GenerateText(ctx, g, ai.WithModelName("openai/gpt-4o-mini"), ai.WithPrompt(q))
}

func throughOpenAI(ctx context.Context, q string) (string, error) {
	g := genkit.Init(ctx, genkit.WithPlugins(&oai.OpenAI{
		Opts: []option.RequestOption{option.WithOrganization("org-example")},
	}))
	return genkit.GenerateText(ctx, g, ai.WithModelName("openai/gpt-4o-mini"), ai.WithPrompt(q)) // want `chat completion request has no output token limit`
}
