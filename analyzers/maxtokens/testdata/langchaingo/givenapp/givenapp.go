// Package givenapp wires services to models.
package givenapp

import (
	"context"

	"example.com/maxtokens/langchaingo/givensvc"
	"github.com/tmc/langchaingo/llms/ollama"
	"github.com/tmc/langchaingo/llms/openai"
)

func wire(ctx context.Context, text string) error {
	gpt, err := openai.New()
	if err != nil {
		return err
	}
	givensvc.NewAssistant(gpt) // want `^chat completion request has no output token limit: pass llms.WithMaxTokens\(n\) \(at givensvc/givensvc.go:17, through this model\)$`
	givensvc.NewBounded(gpt)
	givensvc.NewQuiet(gpt)
	givensvc.Summarize(ctx, gpt, text)        // want `no output token limit.*\(at givensvc/givensvc.go:31, through this model\)`
	givensvc.NewTutor(gpt)                    // want `no output token limit.*\(at givensvc/givensvc.go:46, through this model\)`
	givensvc.NewWriter(gpt)                   // want `no output token limit.*\(at givensvc/givensvc.go:72, through this model\)`
	givensvc.NewWriterWithStyle(gpt, "terse") // want `no output token limit.*\(at givensvc/givensvc.go:72, through this model\)`

	// Another provider's model, or OpenAI's client pointed at another.
	llama, err := ollama.New(ollama.WithModel("llama3"))
	if err != nil {
		return err
	}
	givensvc.NewAssistant(llama)
	givensvc.NewTutor(llama)
	givensvc.NewWriter(llama)
	groq, err := openai.New(openai.WithBaseURL("https://api.groq.com/openai/v1"))
	if err != nil {
		return err
	}
	givensvc.Summarize(ctx, groq, text)
	return nil
}
