// Package given prompts models that its functions are given: each is
// OpenAI's when every call in the package gives an OpenAI model.
package given

import (
	"context"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/ollama"
	"github.com/tmc/langchaingo/llms/openai"
)

// A service keeps the model its constructor is given.
type assistant struct{ llm llms.Model }

func newAssistant(llm llms.Model) *assistant { return &assistant{llm: llm} }

func (a *assistant) ask(ctx context.Context, q string) (string, error) {
	return llms.GenerateFromSinglePrompt(ctx, a.llm, q) // want `chat completion request has no output token limit: pass llms.WithMaxTokens\(n\)`
}

func (a *assistant) askBounded(ctx context.Context, q string) (string, error) {
	return llms.GenerateFromSinglePrompt(ctx, a.llm, q, llms.WithMaxTokens(300))
}

// One made with another provider's model, and one made with either.
type local struct{ llm llms.Model }

func newLocal(llm llms.Model) *local { return &local{llm: llm} }

func (l *local) ask(ctx context.Context, q string) (string, error) {
	return llms.GenerateFromSinglePrompt(ctx, l.llm, q)
}

type either struct{ llm llms.Model }

func newEither(llm llms.Model) *either { return &either{llm: llm} }

func (e *either) ask(ctx context.Context, q string) (string, error) {
	return llms.GenerateFromSinglePrompt(ctx, e.llm, q)
}

// A helper given the model as a parameter.
func summarize(ctx context.Context, llm llms.Model, text string) (*llms.ContentResponse, error) {
	msgs := []llms.MessageContent{llms.TextParts(llms.ChatMessageTypeHuman, "Summarize: "+text)}
	return llm.GenerateContent(ctx, msgs) // want `chat completion request has no output token limit`
}

func translate(ctx context.Context, llm llms.Model, text string) (*llms.ContentResponse, error) {
	msgs := []llms.MessageContent{llms.TextParts(llms.ChatMessageTypeHuman, "Translate: "+text)}
	return llm.GenerateContent(ctx, msgs)
}

// An exported function may be called from other packages, with any
// model: it is checked where they give it one.
func Classify(ctx context.Context, llm llms.Model, text string) (*llms.ContentResponse, error) { // want Classify:`givenFindings\(given/given.go:58\)`
	msgs := []llms.MessageContent{llms.TextParts(llms.ChatMessageTypeHuman, "Classify: "+text)}
	return llm.GenerateContent(ctx, msgs)
}

// A function kept as a value may be called with anything.
func rate(ctx context.Context, llm llms.Model, text string) (*llms.ContentResponse, error) {
	msgs := []llms.MessageContent{llms.TextParts(llms.ChatMessageTypeHuman, "Rate: "+text)}
	return llm.GenerateContent(ctx, msgs)
}

var rater = rate

func wire(ctx context.Context, text string) error {
	gpt, err := openai.New()
	if err != nil {
		return err
	}
	llama, err := ollama.New(ollama.WithModel("llama3"))
	if err != nil {
		return err
	}
	groq, err := openai.New(openai.WithBaseURL("https://api.groq.com/openai/v1"))
	if err != nil {
		return err
	}
	newAssistant(gpt)
	newLocal(llama)
	newEither(gpt)
	newEither(llama)
	summarize(ctx, gpt, text)
	translate(ctx, groq, text)
	Classify(ctx, gpt, text)
	rate(ctx, gpt, text)
	return nil
}
