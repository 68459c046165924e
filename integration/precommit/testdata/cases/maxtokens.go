package consumer

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

	"github.com/openai/openai-go/v3"
)

// Summarize sends a request with no bound on the output tokens.
func Summarize(ctx context.Context, client openai.Client, userID, text string) (string, error) {
	sum := sha256.Sum256([]byte(userID))
	resp, err := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model:            openai.ChatModelGPT4oMini,
		Messages:         []openai.ChatCompletionMessageParamUnion{openai.UserMessage("Summarize: " + text)},
		SafetyIdentifier: openai.String(hex.EncodeToString(sum[:])),
	})
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}
