package consumer

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

	"github.com/openai/openai-go/v3"
)

// Translate follows every practice: a hashed per-user safety identifier
// and a bound on the output tokens.
func Translate(ctx context.Context, client openai.Client, userID, text string) (string, error) {
	sum := sha256.Sum256([]byte(userID))
	resp, err := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model:               openai.ChatModelGPT4oMini,
		Messages:            []openai.ChatCompletionMessageParamUnion{openai.UserMessage("Translate to French: " + text)},
		MaxCompletionTokens: openai.Int(1024),
		SafetyIdentifier:    openai.String(hex.EncodeToString(sum[:])),
	})
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}
