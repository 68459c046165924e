package consumer

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

	"github.com/openai/openai-go/v3"
)

// Title has no bound on the output tokens, suppressed with openaivet's own
// directive, which both hooks honour.
func Title(ctx context.Context, client openai.Client, userID, text string) (string, error) {
	sum := sha256.Sum256([]byte(userID))
	//openaivet:ignore maxtokens the model is told to answer in five words
	resp, err := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model:            openai.ChatModelGPT4oMini,
		Messages:         []openai.ChatCompletionMessageParamUnion{openai.UserMessage("A five-word title for: " + text)},
		SafetyIdentifier: openai.String(hex.EncodeToString(sum[:])),
	})
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}
