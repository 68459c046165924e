// Package sender sends the params its callers give it, for package
// wrappers: its calls are the requests safetyid checks.
package sender

import (
	"context"

	"github.com/openai/openai-go/v3"
	goopenai "github.com/sashabaranov/go-openai"
)

// Assistant sends chat requests for the program.
type Assistant struct {
	client *openai.Client
	g      *goopenai.Client
}

// Ask sends the params as the caller made them. Its own request is its
// callers' to check.
func (a *Assistant) Ask(ctx context.Context, p openai.ChatCompletionNewParams) (*openai.ChatCompletion, error) {
	p.Model = openai.ChatModelGPT4o
	return a.client.Chat.Completions.New(ctx, p)
}

// AskAs sets the identifier itself, to the one it is given.
func (a *Assistant) AskAs(ctx context.Context, userID string, p openai.ChatCompletionNewParams) (*openai.ChatCompletion, error) {
	p.SafetyIdentifier = openai.String(userID)
	return a.Ask(ctx, p)
}

// Request is the library's params under a name of the program's.
type Request openai.ChatCompletionNewParams

// Send sends a Request as it is given.
func (a *Assistant) Send(ctx context.Context, r Request) {
	a.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams(r))
}

// Chat sends go-openai requests.
func (a *Assistant) Chat(ctx context.Context, req goopenai.ChatCompletionRequest) {
	a.g.CreateChatCompletion(ctx, req)
}
