// Package model asks the model for commands. Its findings are where the
// output arrives, in the packages that call it.
package model

import (
	"context"
	"strings"

	"github.com/openai/openai-go/v3"
	goopenai "github.com/sashabaranov/go-openai"
)

// Planner asks openai-go for a shell command.
type Planner struct{ Client openai.Client }

func (p *Planner) Command(ctx context.Context, task string) (string, error) {
	resp, err := p.Client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model:    openai.ChatModelGPT4oMini,
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(task)},
	})
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(resp.Choices[0].Message.Content), nil
}

// Command asks a Planner, as a helper of the package: the output goes
// through two functions on its way out.
func Command(ctx context.Context, p *Planner, task string) string {
	cmd, _ := p.Command(ctx, task)
	return cmd
}

// Query asks go-openai for SQL.
func Query(ctx context.Context, c *goopenai.Client, question string) string {
	resp, err := c.CreateChatCompletion(ctx, goopenai.ChatCompletionRequest{
		Model:    goopenai.GPT4oMini,
		Messages: []goopenai.ChatCompletionMessage{{Role: goopenai.ChatMessageRoleUser, Content: question}},
	})
	if err != nil {
		return ""
	}
	return resp.Choices[0].Message.Content
}

// Fixed plans without a model: the safe twin of Planner, wired the same
// way.
type Fixed struct{}

func (Fixed) Command(ctx context.Context, task string) (string, error) { return "ls", nil }

// Failed asks the model, and returns only whether the request failed:
// an error is the client's, not the model's output.
func Failed(ctx context.Context, p *Planner) error {
	_, err := p.Client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4oMini})
	return err
}
