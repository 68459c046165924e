// Package prompts holds outputsink cases of a person asked through a
// terminal prompt library before a model's command runs, beside prompts
// whose answer is not a yes.
package prompts

import (
	"context"
	"os/exec"

	"github.com/AlecAivazis/survey/v2"
	"github.com/charmbracelet/huh"
	"github.com/manifoldco/promptui"
	"github.com/openai/openai-go/v3"
)

type shell struct {
	client openai.Client
}

// suggest asks the model for a command.
func (s *shell) suggest(ctx context.Context, task string) string {
	resp, err := s.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(task)},
	})
	if err != nil {
		return ""
	}
	return resp.Choices[0].Message.Content
}

func (s *shell) promptuiConfirm(ctx context.Context, task string) {
	command := s.suggest(ctx, task)
	prompt := promptui.Prompt{Label: "Run " + command, IsConfirm: true}
	if _, err := prompt.Run(); err != nil {
		return // no, or interrupted
	}
	exec.Command("sh", "-c", command).Run()
}

// promptuiText asks for a comment: any answer, even an empty one, has
// no error.
func (s *shell) promptuiText(ctx context.Context, task string) {
	command := s.suggest(ctx, task)
	prompt := &promptui.Prompt{Label: "Comment on " + command}
	if _, err := prompt.Run(); err != nil {
		return
	}
	exec.Command("sh", "-c", command).Run() // want `reaches command execution unreviewed`
}

func (s *shell) promptuiMenu(ctx context.Context, task string) {
	command := s.suggest(ctx, task)
	menu := promptui.Select{Label: command, Items: []string{"Run", "Explain", "Cancel"}}
	_, choice, err := menu.Run()
	if err != nil || choice != "Run" {
		return
	}
	exec.Command("sh", "-c", command).Run()
}

// promptuiMenuCancel runs the command when the person chose Cancel.
func (s *shell) promptuiMenuCancel(ctx context.Context, task string) {
	command := s.suggest(ctx, task)
	menu := promptui.Select{Label: command, Items: []string{"Run", "Explain", "Cancel"}}
	_, choice, err := menu.Run()
	if err != nil || choice != "Cancel" {
		return
	}
	exec.Command("sh", "-c", command).Run() // want `reaches command execution unreviewed`
}

func (s *shell) surveyConfirm(ctx context.Context, task string) error {
	command := s.suggest(ctx, task)
	run := false
	if err := survey.AskOne(&survey.Confirm{Message: "Run " + command + "?"}, &run); err != nil {
		return err
	}
	if run {
		return exec.Command("sh", "-c", command).Run()
	}
	return nil
}

func (s *shell) surveyDeclined(ctx context.Context, task string) error {
	command := s.suggest(ctx, task)
	skip := false
	if err := survey.AskOne(&survey.Confirm{Message: "Skip " + command + "?"}, &skip); err != nil {
		return err
	}
	if !skip {
		return exec.Command("sh", "-c", command).Run() // want `reaches command execution unreviewed`
	}
	return nil
}

func (s *shell) huhConfirm(ctx context.Context, task string) error {
	command := s.suggest(ctx, task)
	var run bool
	if err := huh.NewConfirm().Title("Run " + command + "?").Value(&run).Run(); err != nil {
		return err
	}
	if !run {
		return nil
	}
	return exec.Command("sh", "-c", command).Run()
}

// huhUnasked reads a flag no one was asked about.
func (s *shell) huhUnasked(ctx context.Context, task string, run bool) error {
	command := s.suggest(ctx, task)
	if !run {
		return nil
	}
	return exec.Command("sh", "-c", command).Run() // want `reaches command execution unreviewed`
}
