// Package backends makes the askers: one per constructor, each returned
// as the interface, so the type a constructor makes is not in its
// signature.
package backends

import (
	"context"

	"example.com/moderation/inject/picked/ports"
	"github.com/openai/openai-go/v3"
)

type model struct{ client openai.Client }

func (m *model) Ask(ctx context.Context, q string) (string, error) {
	resp, err := m.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)},
	})
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}

type fixed struct{}

func (fixed) Ask(ctx context.Context, q string) (string, error) { return "closed today", nil }

// NewModel asks the model.
func NewModel() (ports.Asker, error) { return &model{client: openai.NewClient()}, nil }

// NewFixed answers without a model.
func NewFixed() (ports.Asker, error) { return fixed{}, nil }

// NewPooled asks the model too, through a helper that makes the value.
func NewPooled() ports.Asker { return newModel() }

func newModel() ports.Asker { return &model{client: openai.NewClient()} }
