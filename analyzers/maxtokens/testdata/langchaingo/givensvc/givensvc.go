// Package givensvc prompts the models its exported constructors and
// functions are given: whether each is OpenAI's is known where a caller
// gives it.
package givensvc

import (
	"context"

	"github.com/tmc/langchaingo/llms"
)

type Assistant struct{ llm llms.Model }

func NewAssistant(llm llms.Model) *Assistant { return &Assistant{llm: llm} } // want NewAssistant:`givenFindings\(givensvc/givensvc.go:17\)`

func (a *Assistant) Ask(ctx context.Context, q string) (string, error) {
	return llms.GenerateFromSinglePrompt(ctx, a.llm, q)
}

// A service whose requests are bounded has nothing to report.
type Bounded struct{ llm llms.Model }

func NewBounded(llm llms.Model) *Bounded { return &Bounded{llm: llm} }

func (b *Bounded) Ask(ctx context.Context, q string) (string, error) {
	return llms.GenerateFromSinglePrompt(ctx, b.llm, q, llms.WithMaxTokens(300))
}

func Summarize(ctx context.Context, llm llms.Model, text string) (*llms.ContentResponse, error) { // want Summarize:`givenFindings\(givensvc/givensvc.go:31\)`
	msgs := []llms.MessageContent{llms.TextParts(llms.ChatMessageTypeHuman, "Summarize: "+text)}
	return llm.GenerateContent(ctx, msgs)
}

// A service may hold its model behind an interface of its own, modeled on
// llms.Model's method.
type generator interface {
	GenerateContent(ctx context.Context, messages []llms.MessageContent, options ...llms.CallOption) (*llms.ContentResponse, error)
}

type Tutor struct{ llm generator }

func NewTutor(llm generator) *Tutor { return &Tutor{llm: llm} } // want NewTutor:`givenFindings\(givensvc/givensvc.go:46\)`

func (t *Tutor) Explain(ctx context.Context, topic string) (*llms.ContentResponse, error) {
	msgs := []llms.MessageContent{llms.TextParts(llms.ChatMessageTypeHuman, "Explain "+topic)}
	return t.llm.GenerateContent(ctx, msgs)
}

// A finding suppressed at the request is suppressed at every caller.
type Quiet struct{ llm llms.Model }

func NewQuiet(llm llms.Model) *Quiet { return &Quiet{llm: llm} }

func (q *Quiet) Ask(ctx context.Context, question string) (string, error) {
	//openaivet:ignore maxtokens answers are one word, asked for in the prompt
	return llms.GenerateFromSinglePrompt(ctx, q.llm, question+" Answer in one word.")
}

// A constructor that passes the model on to another, which keeps it.
type Writer struct {
	llm   llms.Model
	style string
}

func NewWriter(llm llms.Model) *Writer { return NewWriterWithStyle(llm, "plain") }

func NewWriterWithStyle(llm llms.Model, style string) *Writer { // want NewWriterWithStyle:`givenFindings\(givensvc/givensvc.go:72\)`
	return &Writer{llm: llm, style: style}
}

func (w *Writer) Write(ctx context.Context, topic string) (string, error) {
	return llms.GenerateFromSinglePrompt(ctx, w.llm, "In a "+w.style+" style, write about "+topic)
}
