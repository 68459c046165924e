// Package finding has one real finding, with a fix: the package beside it
// that does not compile must not hide it.
package finding

import (
	"context"

	"github.com/openai/openai-go/v3"
)

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
