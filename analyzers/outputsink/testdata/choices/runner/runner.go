// Package runner runs the commands a model suggests, once the operator
// chose to.
package runner

import (
	"context"
	"os/exec"

	"example.com/outputsink/choices/ask"
	"github.com/openai/openai-go/v3"
)

type Runner struct {
	Client openai.Client
}

func (r *Runner) suggest(ctx context.Context, task string) string {
	resp, err := r.Client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(task)},
	})
	if err != nil {
		return ""
	}
	return resp.Choices[0].Message.Content
}

func (r *Runner) Chosen(ctx context.Context, task string) {
	command := r.suggest(ctx, task)
	if ask.Command(command) != ask.Run {
		return
	}
	exec.Command("sh", "-c", command).Run()
}

// Switched runs the command on Run, and opens it in an editor on Edit:
// either way the operator chose it.
func (r *Runner) Switched(ctx context.Context, task string) {
	command := r.suggest(ctx, task)
	switch ask.Command(command) {
	case ask.Run:
		exec.Command("sh", "-c", command).Run()
	case ask.Edit:
		exec.Command("vi", "-c", "normal i"+command).Run()
	}
}

// Cancelled runs the command on Cancel, which any answer but a choice
// gives.
func (r *Runner) Cancelled(ctx context.Context, task string) {
	command := r.suggest(ctx, task)
	if ask.Command(command) == ask.Cancel {
		exec.Command("sh", "-c", command).Run() // want `reaches command execution unreviewed`
	}
}

// Defaulted runs on any answer but n.
func (r *Runner) Defaulted(ctx context.Context, task string) {
	command := r.suggest(ctx, task)
	if ask.Default(command) == ask.Run {
		exec.Command("sh", "-c", command).Run() // want `reaches command execution unreviewed`
	}
}

func (r *Runner) Live(ctx context.Context, task string) {
	command := r.suggest(ctx, task)
	if ask.ModeOf(command) == ask.Live {
		exec.Command("sh", "-c", command).Run()
	}
}

// NotDry runs when the mode is anything but Dry: Live, and any other.
func (r *Runner) NotDry(ctx context.Context, task string) {
	command := r.suggest(ctx, task)
	if ask.ModeOf(command) != ask.Dry {
		exec.Command("sh", "-c", command).Run() // want `reaches command execution unreviewed`
	}
}
