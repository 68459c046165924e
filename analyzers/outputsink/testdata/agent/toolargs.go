package agent

import (
	"context"
	"encoding/json"
	"os/exec"

	"github.com/openai/openai-go/v3"
)

// toolArgs are a tool call's arguments, decoded.
type toolArgs struct {
	Command string `json:"command"`
	Unit    string `json:"unit"`
}

func (a *agent) toolArguments(ctx context.Context) (toolArgs, error) {
	resp, err := a.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{})
	if err != nil {
		return toolArgs{}, err
	}
	var args toolArgs
	err = json.Unmarshal([]byte(resp.Choices[0].Message.ToolCalls[0].Function.Arguments), &args)
	return args, err
}

// switchedField checks the decoded field against constants and runs the
// field itself.
func (a *agent) switchedField(ctx context.Context) {
	args, err := a.toolArguments(ctx)
	if err != nil {
		return
	}
	switch args.Command {
	case "status", "restart":
		exec.Command("systemctl", args.Command, "app").Run()
	}
}

func (a *agent) switchedOtherField(ctx context.Context) {
	args, err := a.toolArguments(ctx)
	if err != nil {
		return
	}
	switch args.Command {
	case "status", "restart":
		exec.Command("systemctl", args.Command, args.Unit).Run() // want `reaches command execution unreviewed`
	}
}

// decodedField checks a field of a variable the arguments are decoded
// into, and runs it.
func (a *agent) decodedField(ctx context.Context) {
	resp, err := a.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{})
	if err != nil {
		return
	}
	var args toolArgs
	json.Unmarshal([]byte(resp.Choices[0].Message.ToolCalls[0].Function.Arguments), &args)
	if args.Command != "status" {
		return
	}
	exec.Command("systemctl", args.Command, "app").Run()
}

// changedAfterCheck checks the field, then writes the model's text into
// it.
func (a *agent) changedAfterCheck(ctx context.Context) {
	resp, err := a.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{})
	if err != nil {
		return
	}
	var args toolArgs
	json.Unmarshal([]byte(resp.Choices[0].Message.ToolCalls[0].Function.Arguments), &args)
	if args.Command != "status" {
		return
	}
	args.Command = resp.Choices[0].Message.Content
	exec.Command("systemctl", args.Command, "app").Run() // want `reaches command execution unreviewed`
}
