// Package langchaingo holds requests sent through langchaingo's OpenAI
// model, which bounds its output with a call option.
package langchaingo

import (
	"context"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/ollama"
	"github.com/tmc/langchaingo/llms/openai"
)

func unbounded(ctx context.Context, q string) (*llms.ContentResponse, error) {
	llm, err := openai.New(openai.WithModel("gpt-4o-mini"))
	if err != nil {
		return nil, err
	}
	msgs := []llms.MessageContent{llms.TextParts(llms.ChatMessageTypeHuman, q)}
	return llm.GenerateContent(ctx, msgs, llms.WithTemperature(0.2)) // want `chat completion request has no output token limit: pass llms.WithMaxTokens\(n\)`
}

func bounded(ctx context.Context, q string) (*llms.ContentResponse, error) {
	llm, err := openai.New()
	if err != nil {
		return nil, err
	}
	msgs := []llms.MessageContent{llms.TextParts(llms.ChatMessageTypeHuman, q)}
	return llm.GenerateContent(ctx, msgs, llms.WithMaxTokens(512))
}

func boundedByTheModelsOption(ctx context.Context, llm *openai.LLM, q string) (string, error) {
	return llm.Call(ctx, q, openai.WithMaxCompletionTokens(256))
}

func call(ctx context.Context, llm *openai.LLM, q string) (string, error) {
	return llm.Call(ctx, q) // want `chat completion request has no output token limit`
}

func singlePrompt(ctx context.Context, q string) (string, error) {
	llm, err := openai.New()
	if err != nil {
		return "", err
	}
	return llms.GenerateFromSinglePrompt(ctx, llm, q) // want `chat completion request has no output token limit`
}

func singlePromptBounded(ctx context.Context, q string) (string, error) {
	llm, err := openai.New()
	if err != nil {
		return "", err
	}
	return llms.GenerateFromSinglePrompt(ctx, llm, q, llms.WithMaxTokens(300))
}

// A service keeps the model behind llms.Model; this package makes it.
type service struct {
	model llms.Model
}

func newModel() (llms.Model, error) {
	llm, err := openai.New(openai.WithModel("gpt-4o"))
	if err != nil {
		return nil, err
	}
	return llm, nil
}

func newService() (*service, error) {
	m, err := newModel()
	if err != nil {
		return nil, err
	}
	return &service{model: m}, nil
}

func (s *service) ask(ctx context.Context, q string) (string, error) {
	return s.model.Call(ctx, q) // want `chat completion request has no output token limit`
}

func (s *service) askBounded(ctx context.Context, q string) (string, error) {
	return llms.GenerateFromSinglePrompt(ctx, s.model, q, llms.WithMaxTokens(400))
}

// Another provider's model behind the same interface is not OpenAI's.
func local(ctx context.Context, q string) (string, error) {
	var m llms.Model
	m, err := ollama.New(ollama.WithModel("llama3"))
	if err != nil {
		return "", err
	}
	return m.Call(ctx, q)
}

// Nor is OpenAI's model pointed at another provider's server.
func otherServer(ctx context.Context, q string) (string, error) {
	llm, err := openai.New(openai.WithBaseURL("http://localhost:11434/v1"))
	if err != nil {
		return "", err
	}
	return llm.Call(ctx, q)
}

// A model the caller gives may be any provider's.
func given(ctx context.Context, m llms.Model, q string) (string, error) {
	return m.Call(ctx, q)
}

// Options from the caller, or a whole CallOptions, may hold the bound.
func forwarded(ctx context.Context, llm *openai.LLM, q string, opts ...llms.CallOption) (string, error) {
	return llm.Call(ctx, q, opts...)
}

func wholeOptions(ctx context.Context, llm *openai.LLM, q string, o llms.CallOptions) (string, error) {
	return llm.Call(ctx, q, llms.WithOptions(o))
}
