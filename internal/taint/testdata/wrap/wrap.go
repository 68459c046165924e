// Package wrap sends what it is given to the model; its functions carry
// taint facts.
package wrap

import (
	"context"
	"errors"
	"fmt"
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

// Between clamps n between lo and hi: n is bounded when hi is fixed.
func Between(n, lo, hi int64) int64 { // want Between:`taint\(returns=\[2 1 0\] requests=\[\] verdicts=\[\] bounds=2if\[0\] bounds=0if\[2\]\)`
	return max(lo, min(n, hi))
}

// Clamp is Between written with comparisons.
func Clamp(n, lo, hi int64) int64 { // want Clamp:`taint\(returns=\[2 1 0\] requests=\[\] verdicts=\[\] bounds=2if\[0\] bounds=0if\[2\]\)`
	if n < lo {
		return lo
	}
	if n > hi {
		return hi
	}
	return n
}

// Truncate cuts s to n runes: s is bounded when n is fixed.
func Truncate(s string, n int) string { // want Truncate:`taint\(returns=\[0\] requests=\[\] verdicts=\[\] bounds=0if\[1\]\)`
	if r := []rune(s); len(r) > n {
		return string(r[:n])
	}
	return s
}

// Validate reports a question that is too long through its error.
func Validate(q string) error { // want Validate:`taint\(returns=\[\] requests=\[\] verdicts=\[\] validates=0:0\)`
	if len(q) > 4000 {
		return errors.New("too long")
	}
	return nil
}

// Confirm asks on the terminal and returns true only on a yes.
func Confirm(question string) bool { // want Confirm:`taint\(returns=\[\] requests=\[\] verdicts=\[\] approves=\[0\]\)`
	fmt.Print(question + " [y/N] ")
	var answer string
	fmt.Scanln(&answer)
	return strings.ToLower(answer) == "y"
}
