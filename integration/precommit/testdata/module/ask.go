// Package consumer is the module a pre-commit user commits to. This file
// follows every practice the checks enforce.
package consumer

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

	"github.com/openai/openai-go/v3"
)

// Ask sends one question on behalf of a user, identified to OpenAI by a
// hash of their ID, with a bound on the answer's length.
func Ask(ctx context.Context, client openai.Client, userID, question string) (string, error) {
	sum := sha256.Sum256([]byte(userID))
	resp, err := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model:               openai.ChatModelGPT4oMini,
		Messages:            []openai.ChatCompletionMessageParamUnion{openai.UserMessage(question)},
		MaxCompletionTokens: openai.Int(512),
		SafetyIdentifier:    openai.String(hex.EncodeToString(sum[:])),
	})
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}
