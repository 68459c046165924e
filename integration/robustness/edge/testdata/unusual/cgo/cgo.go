// Package cgo calls C, and the OpenAI API from the same file: cmd/cgo
// rewrites this file into a copy marked as generated, whose //line
// directives point back here. The finding is reported here.
package cgo

/*
static int answer(void) { return 42; }
*/
import "C"

import (
	"context"

	"github.com/openai/openai-go/v3"
)

// Answer is computed in C.
func Answer() int { return int(C.answer()) }

func Ask(ctx context.Context, client openai.Client, userHash, question string) (string, error) {
	resp, err := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model:            openai.ChatModelGPT4oMini,
		Messages:         []openai.ChatCompletionMessageParamUnion{openai.UserMessage(question)},
		SafetyIdentifier: openai.String(userHash),
	})
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}
