// Package langchaingo acts on what langchaingo's OpenAI model returns.
package langchaingo

import (
	"context"
	"os/exec"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/openai"
)

func run(ctx context.Context, llm *openai.LLM) error {
	resp, err := llm.GenerateContent(ctx, []llms.MessageContent{llms.TextParts(llms.ChatMessageTypeHuman, "Suggest a shell command that lists large files.")}, llms.WithMaxTokens(200))
	if err != nil {
		return err
	}
	return exec.Command("sh", "-c", resp.Choices[0].Content).Run() // want `reaches command execution unreviewed`
}

func show(ctx context.Context, llm *openai.LLM) (string, error) {
	resp, err := llm.GenerateContent(ctx, []llms.MessageContent{llms.TextParts(llms.ChatMessageTypeHuman, "Suggest a shell command that lists large files.")}, llms.WithMaxTokens(200))
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Content, nil
}

func single(ctx context.Context, llm *openai.LLM) error {
	cmd, err := llms.GenerateFromSinglePrompt(ctx, llm, "Name one shell command.", llms.WithMaxTokens(50))
	if err != nil {
		return err
	}
	return exec.Command("sh", "-c", cmd).Run() // want `reaches command execution unreviewed`
}
