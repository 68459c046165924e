// Package wrap sends what it is given to the model; its functions carry
// taint facts.
package wrap

import (
	"context"
	"errors"
	"strings"

	"github.com/openai/openai-go/v3"
)

func Ask(ctx context.Context, client openai.Client, question string) { // want Ask:`taint\(returns=\[\] requests=\[2\] verdicts=\[\]\)`
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(question)},
	})
}

func Trim(s string) string { // want Trim:`taint\(returns=\[0\] requests=\[\] verdicts=\[\]\)`
	return strings.TrimSpace(s)
}

// Constant returns nothing of its argument: no fact.
func Constant(s string) string {
	return "fixed"
}

// Check moderates text and reports a flagged one through its error.
func Check(ctx context.Context, client openai.Client, text string) error { // want Check:`taint\(returns=\[\] requests=\[\] verdicts=\[2\]\)`
	mod, err := client.Moderations.New(ctx, openai.ModerationNewParams{
		Input: openai.ModerationNewParamsInputUnion{OfString: openai.String(text)},
	})
	if err != nil {
		return err
	}
	if mod.Results[0].Flagged {
		return errors.New("flagged")
	}
	return nil
}
