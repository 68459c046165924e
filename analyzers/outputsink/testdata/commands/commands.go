// Package commands holds outputsink cases of libraries that run
// commands: a command the model wrote, beside one the program fixed with
// the model's answer checked against a list.
package commands

import (
	"context"
	"slices"

	"github.com/bitfield/script"
	gocmd "github.com/go-cmd/cmd"
	"github.com/openai/openai-go/v3"
)

type operator struct {
	client openai.Client
}

// suggest asks the model what to run.
func (o *operator) suggest(ctx context.Context, task string) string {
	resp, err := o.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(task)},
	})
	if err != nil {
		return ""
	}
	return resp.Choices[0].Message.Content
}

var services = []string{"api", "worker"}

func (o *operator) scriptExec(ctx context.Context) (string, error) {
	command := o.suggest(ctx, "free some disk space")
	return script.Exec(command).String() // want `reaches command execution unreviewed`
}

func (o *operator) scriptExecFixed(ctx context.Context) (string, error) {
	service := o.suggest(ctx, "which service should restart?")
	if !slices.Contains(services, service) {
		return "", nil
	}
	return script.Exec("systemctl restart " + service).String()
}

func (o *operator) scriptPipe(ctx context.Context) (string, error) {
	filter := o.suggest(ctx, "how to find the errors?")
	return script.File("app.log").Exec(filter).String() // want `reaches command execution unreviewed`
}

func (o *operator) scriptPipeFixed(ctx context.Context) (string, error) {
	o.suggest(ctx, "how to find the errors?")
	return script.File("app.log").Exec("grep ERROR").String()
}

func (o *operator) goCmd(ctx context.Context) {
	command := o.suggest(ctx, "free some disk space")
	<-gocmd.NewCmd("sh", "-c", command).Start() // want `reaches command execution unreviewed`
}

func (o *operator) goCmdFixed(ctx context.Context) {
	service := o.suggest(ctx, "which service should restart?")
	if !slices.Contains(services, service) {
		return
	}
	<-gocmd.NewCmd("systemctl", "restart", service).Start()
}
