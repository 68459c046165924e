package genkit

import (
	"context"

	"github.com/firebase/genkit/go/ai"
	"github.com/firebase/genkit/go/genkit"
	oai "github.com/firebase/genkit/go/plugins/compat_oai/openai"
	"github.com/openai/openai-go"
)

// A defined prompt runs with its definition's model and config.
func definedUnbounded(ctx context.Context, g *genkit.Genkit, topic string) (*ai.ModelResponse, error) {
	p := genkit.DefinePrompt(g, "summary", ai.WithModelName("openai/gpt-4o-mini"), ai.WithPrompt("Summarize {{topic}}."))
	return p.Execute(ctx, ai.WithInput(map[string]any{"topic": topic})) // want `^chat completion request has no output token limit: set MaxCompletionTokens in ai.WithConfig\(&openai.ChatCompletionNewParams\{...\}\)$`
}

func definedBounded(ctx context.Context, g *genkit.Genkit, topic string) (*ai.ModelResponse, error) {
	p := genkit.DefinePrompt(g, "summary", ai.WithModelName("openai/gpt-4o-mini"), ai.WithPrompt("Summarize {{topic}}."),
		ai.WithConfig(&openai.ChatCompletionNewParams{MaxCompletionTokens: openai.Int(256)}))
	return p.Execute(ctx, ai.WithInput(map[string]any{"topic": topic}))
}

// Another provider's model, in the definition or chosen by the run, is
// silent; so is a prompt looked up by name, whose options are in a file.
func definedOther(ctx context.Context, g *genkit.Genkit) (*ai.ModelResponse, error) {
	p := genkit.DefinePrompt(g, "summary", ai.WithModelName("googleai/gemini-2.5-flash"), ai.WithPrompt("Summarize."))
	return p.Execute(ctx)
}

func runOnOther(ctx context.Context, g *genkit.Genkit) (*ai.ModelResponse, error) {
	p := genkit.DefinePrompt(g, "summary", ai.WithModelName("openai/gpt-4o-mini"), ai.WithPrompt("Summarize."))
	return p.Execute(ctx, ai.WithModelName("googleai/gemini-2.5-flash"))
}

func lookedUp(ctx context.Context, g *genkit.Genkit) (*ai.ModelResponse, error) {
	return genkit.LookupPrompt(g, "summary").Execute(ctx)
}

// The run's model wins over the definition's; a config the run gives
// replaces the definition's whole config.
func runOnOpenAI(ctx context.Context, g *genkit.Genkit) (*ai.ModelResponse, error) {
	p := genkit.DefinePrompt(g, "summary", ai.WithModelName("googleai/gemini-2.5-flash"), ai.WithPrompt("Summarize."))
	return p.Execute(ctx, ai.WithModelName("openai/gpt-4o-mini")) // want `chat completion request has no output token limit`
}

func configReplaced(ctx context.Context, g *genkit.Genkit) (*ai.ModelResponse, error) {
	p := genkit.DefinePrompt(g, "summary", ai.WithModelName("openai/gpt-4o-mini"), ai.WithPrompt("Summarize."),
		ai.WithConfig(&openai.ChatCompletionNewParams{MaxCompletionTokens: openai.Int(256)}))
	return p.Execute(ctx, ai.WithConfig(&openai.ChatCompletionNewParams{Temperature: openai.Float(0.2)})) // want `chat completion request has no output token limit`
}

func configOfRun(ctx context.Context, g *genkit.Genkit) (*ai.ModelResponse, error) {
	p := genkit.DefinePrompt(g, "summary", ai.WithModelName("openai/gpt-4o-mini"), ai.WithPrompt("Summarize."))
	return p.Execute(ctx, ai.WithConfig(&openai.ChatCompletionNewParams{MaxCompletionTokens: openai.Int(256)}))
}

// With no model option, the definition's instance has the default.
func definedByDefault(ctx context.Context) (*ai.ModelResponse, error) {
	g := genkit.Init(ctx, genkit.WithPlugins(&oai.OpenAI{}), genkit.WithDefaultModel("openai/gpt-4o-mini"))
	p := genkit.DefinePrompt(g, "summary", ai.WithPrompt("Summarize."))
	return p.Execute(ctx) // want `chat completion request has no output token limit`
}

func definedByOtherDefault(ctx context.Context) (*ai.ModelResponse, error) {
	g := genkit.Init(ctx, genkit.WithDefaultModel("googleai/gemini-2.5-flash"))
	p := genkit.DefinePrompt(g, "summary", ai.WithPrompt("Summarize."))
	return p.Execute(ctx)
}

// A service defines its prompts once, in its constructor, and runs them
// in its methods; streaming runs too.
type summarizer struct {
	prompt  ai.Prompt
	bounded ai.Prompt
}

func newSummarizer(g *genkit.Genkit) *summarizer {
	return &summarizer{
		prompt: genkit.DefinePrompt(g, "summary", ai.WithModelName("openai/gpt-4o-mini"), ai.WithPrompt("Summarize {{text}}.")),
		bounded: genkit.DefinePrompt(g, "short", ai.WithModelName("openai/gpt-4o-mini"), ai.WithPrompt("Summarize {{text}}."),
			ai.WithConfig(&openai.ChatCompletionNewParams{MaxCompletionTokens: openai.Int(128)})),
	}
}

func (s *summarizer) summarize(ctx context.Context, text string) (*ai.ModelResponse, error) {
	return s.prompt.Execute(ctx, ai.WithInput(map[string]any{"text": text})) // want `chat completion request has no output token limit`
}

func (s *summarizer) stream(ctx context.Context, text string) {
	for v, err := range s.prompt.ExecuteStream(ctx, ai.WithInput(map[string]any{"text": text})) { // want `chat completion request has no output token limit`
		if err != nil || v.Done {
			return
		}
	}
}

func (s *summarizer) summarizeShort(ctx context.Context, text string) (*ai.ModelResponse, error) {
	return s.bounded.Execute(ctx, ai.WithInput(map[string]any{"text": text}))
}

// A data prompt takes its input typed.
type summaryInput struct {
	Text string `json:"text"`
}

type summaryOutput struct {
	Summary string `json:"summary"`
}

func dataUnbounded(ctx context.Context, g *genkit.Genkit, text string) (*summaryOutput, error) {
	p := genkit.DefineDataPrompt[summaryInput, *summaryOutput](g, "summary", ai.WithModelName("openai/gpt-4o-mini"), ai.WithPrompt("Summarize {{text}}."))
	out, _, err := p.Execute(ctx, summaryInput{Text: text}) // want `chat completion request has no output token limit`
	return out, err
}

func dataBounded(ctx context.Context, g *genkit.Genkit, text string) (*summaryOutput, error) {
	p := genkit.DefineDataPrompt[summaryInput, *summaryOutput](g, "summary", ai.WithModelName("openai/gpt-4o-mini"), ai.WithPrompt("Summarize {{text}}."),
		ai.WithConfig(&openai.ChatCompletionNewParams{MaxCompletionTokens: openai.Int(128)}))
	out, _, err := p.Execute(ctx, summaryInput{Text: text})
	return out, err
}

// A helper of the package defines the prompt; a function the package
// calls with it runs it.
func summaryPrompt(g *genkit.Genkit) ai.Prompt {
	return genkit.DefinePrompt(g, "summary", ai.WithModelName("openai/gpt-4o-mini"), ai.WithPrompt("Summarize."))
}

func boundedPrompt(g *genkit.Genkit) ai.Prompt {
	return genkit.DefinePrompt(g, "summary", ai.WithModelName("openai/gpt-4o-mini"), ai.WithPrompt("Summarize."),
		ai.WithConfig(&openai.ChatCompletionNewParams{MaxCompletionTokens: openai.Int(128)}))
}

func byHelper(ctx context.Context, g *genkit.Genkit) (*ai.ModelResponse, error) {
	return summaryPrompt(g).Execute(ctx) // want `chat completion request has no output token limit`
}

func byBoundedHelper(ctx context.Context, g *genkit.Genkit) (*ai.ModelResponse, error) {
	return boundedPrompt(g).Execute(ctx)
}

func runGiven(ctx context.Context, p ai.Prompt) (*ai.ModelResponse, error) {
	return p.Execute(ctx) // want `chat completion request has no output token limit`
}

func runBoundedGiven(ctx context.Context, p ai.Prompt) (*ai.ModelResponse, error) {
	return p.Execute(ctx)
}

func giveRuns(ctx context.Context, g *genkit.Genkit) {
	runGiven(ctx, genkit.DefinePrompt(g, "summary", ai.WithModelName("openai/gpt-4o-mini"), ai.WithPrompt("Summarize.")))
	runBoundedGiven(ctx, boundedPrompt(g))
}

// A Genkit and a prompt kept in package variables that setup sets.
var (
	sharedGenkit  *genkit.Genkit
	otherGenkit   *genkit.Genkit
	sharedSummary ai.Prompt
	sharedBounded ai.Prompt
)

func setupShared(ctx context.Context) {
	sharedGenkit = genkit.Init(ctx, genkit.WithPlugins(&oai.OpenAI{}), genkit.WithDefaultModel("openai/gpt-4o-mini"))
	otherGenkit = genkit.Init(ctx, genkit.WithDefaultModel("googleai/gemini-2.5-flash"))
	sharedSummary = genkit.DefinePrompt(sharedGenkit, "summary", ai.WithPrompt("Summarize."))
	sharedBounded = genkit.DefinePrompt(sharedGenkit, "short", ai.WithPrompt("Summarize."),
		ai.WithConfig(&openai.ChatCompletionNewParams{MaxCompletionTokens: openai.Int(128)}))
}

func askSharedGenkit(ctx context.Context, q string) (string, error) {
	return genkit.GenerateText(ctx, sharedGenkit, ai.WithPrompt(q)) // want `chat completion request has no output token limit`
}

func askOtherGenkit(ctx context.Context, q string) (string, error) {
	return genkit.GenerateText(ctx, otherGenkit, ai.WithPrompt(q))
}

func runShared(ctx context.Context) (*ai.ModelResponse, error) {
	return sharedSummary.Execute(ctx) // want `chat completion request has no output token limit`
}

func runSharedBounded(ctx context.Context) (*ai.ModelResponse, error) {
	return sharedBounded.Execute(ctx)
}
