package consumer

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

	"github.com/openai/openai-go/v3"
)

// Classify has no bound on the output tokens, suppressed with
// staticcheck's directive, which both hooks honour.
func Classify(ctx context.Context, client openai.Client, userID, text string) (string, error) {
	sum := sha256.Sum256([]byte(userID))
	//lint:ignore maxtokens the answer is one word, by the prompt
	resp, err := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model:            openai.ChatModelGPT4oMini,
		Messages:         []openai.ChatCompletionMessageParamUnion{openai.UserMessage("One word, positive or negative: " + text)},
		SafetyIdentifier: openai.String(hex.EncodeToString(sum[:])),
	})
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}
