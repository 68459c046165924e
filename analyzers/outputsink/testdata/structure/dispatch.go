package structure

import (
	"context"
	"os/exec"
	"strings"

	"github.com/openai/openai-go/v3"
)

// runner does what it is given.
type runner interface {
	Run(ctx context.Context, command string) error
}

type shellRunner struct{}

func (shellRunner) Run(ctx context.Context, command string) error {
	return exec.CommandContext(ctx, "sh", "-c", command).Run()
}

// printer only prints.
type printer struct{ out *strings.Builder }

func (p printer) Run(ctx context.Context, command string) error {
	p.out.WriteString(command)
	return nil
}

type agent struct {
	client      openai.Client
	exec, print runner
	act         func(ctx context.Context, command string)
	commands    chan string
}

func newAgent(client openai.Client) *agent {
	a := &agent{client: client, exec: shellRunner{}, print: printer{new(strings.Builder)}}
	a.act = func(ctx context.Context, command string) {
		exec.CommandContext(ctx, "sh", "-c", command).Run()
	}
	return a
}

func (a *agent) propose(ctx context.Context) string {
	resp, err := a.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{})
	if err != nil {
		return ""
	}
	return resp.Choices[0].Message.Content
}

func (a *agent) step(ctx context.Context) {
	command := a.propose(ctx)
	a.exec.Run(ctx, command) // want `^model output from the chat completion request reaches command execution unreviewed`
	a.print.Run(ctx, command)
	a.commands <- command
}

// act is reported on its own: one diagnostic for each response in each
// function.
func (a *agent) actOn(ctx context.Context) {
	a.act(ctx, "uptime")
	a.act(ctx, a.propose(ctx)) // want `reaches command execution unreviewed`
}

func (a *agent) work(ctx context.Context) {
	for command := range a.commands {
		exec.Command("sh", "-c", command).Run() // want `reaches command execution unreviewed`
	}
}

func (a *agent) eachLine(ctx context.Context) {
	for line := range strings.Lines(a.propose(ctx)) {
		exec.Command("sh", "-c", line).Run() // want `reaches command execution unreviewed`
	}
	for line := range strings.Lines("uptime\nwho\n") {
		exec.Command("sh", "-c", line).Run()
	}
}
