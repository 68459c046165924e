// Package structure holds outputsink cases where model output travels
// through the program's structure before it reaches a sink: fields that
// one method writes and another reads, interfaces and function values,
// channels and goroutines, iterators.
package structure

import (
	"context"
	"os/exec"

	"github.com/openai/openai-go/v3"
)

// planner keeps what the model proposed for the methods that act on it
// later.
type planner struct {
	client openai.Client
	// proposal is the model's answer as it came, action one checked
	// against fixed values, fallback only ever a constant.
	proposal, action, fallback string
	// steps keeps the model's answers per task.
	steps map[string][]string
}

func (p *planner) plan(ctx context.Context, task string) {
	resp, err := p.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{})
	if err != nil {
		return
	}
	answer := resp.Choices[0].Message.Content
	p.proposal = answer
	p.steps[task] = append(p.steps[task], answer)
	p.fallback = "status"
	switch answer {
	case "restart", "status":
		p.action = answer
	}
}

func (p *planner) run() {
	exec.Command("sh", "-c", p.proposal).Run() // want `^model output reaches command execution unreviewed`
}

func (p *planner) runChecked() {
	exec.Command("systemctl", p.action, "app").Run()
	exec.Command("systemctl", p.fallback, "app").Run()
}

func (p *planner) runSteps(task string) {
	for _, step := range p.steps[task] {
		exec.Command("sh", "-c", step).Run() // want `reaches command execution unreviewed`
	}
}
