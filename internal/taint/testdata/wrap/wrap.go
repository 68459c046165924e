// Package wrap sends what it is given to the model; its functions carry
// taint facts.
package wrap

import (
	"context"
	"strings"

	"github.com/openai/openai-go/v3"
)

func Ask(ctx context.Context, client openai.Client, question string) { // want Ask:`taint\(returns=\[\] requests=\[2\]\)`
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(question)},
	})
}

func Trim(s string) string { // want Trim:`taint\(returns=\[0\] requests=\[\]\)`
	return strings.TrimSpace(s)
}

// Constant returns nothing of its argument: no fact.
func Constant(s string) string {
	return "fixed"
}
