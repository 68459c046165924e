package structure

import (
	"context"
	"iter"
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
	a.exec.Run(ctx, command) // want `^model output reaches command execution unreviewed`
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

// A goroutine gets its arguments as a call does.
func (a *agent) inBackground(ctx context.Context) {
	go a.exec.Run(ctx, a.propose(ctx)) // want `reaches command execution unreviewed`
	go a.print.Run(ctx, a.propose(ctx))
}

// proposals yields the model's answers to each task.
func (a *agent) proposals(ctx context.Context, tasks []string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for range tasks {
			if !yield(a.propose(ctx)) {
				return
			}
		}
	}
}

// tasks yields the tasks themselves.
func tasks(all []string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, t := range all {
			if !yield(t) {
				return
			}
		}
	}
}

func (a *agent) runProposals(ctx context.Context, all []string) {
	for command := range a.proposals(ctx, all) {
		exec.Command("sh", "-c", command).Run() // want `reaches command execution unreviewed`
	}
	for t := range tasks([]string{"uptime", "who"}) {
		exec.Command("sh", "-c", t).Run()
	}
}
