// Package llm asks the model, and checks questions first the project's
// way; its checks travel to other packages as facts.
package llm

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"unicode/utf8"

	"github.com/openai/openai-go/v3"
)

// MaxQuestion is the longest question the service takes, in characters.
const MaxQuestion = 2000

// Question returns an error unless q is short enough.
func Question(q string) error {
	if q == "" {
		return errors.New("empty question")
	}
	if n := utf8.RuneCountInString(q); n > MaxQuestion {
		return fmt.Errorf("question of %d characters is too long", n)
	}
	return nil
}

// Loosely returns an error for an empty question only: its nil says
// nothing of the length.
func Loosely(q string) error {
	if q == "" {
		return errors.New("empty question")
	}
	return nil
}

// Short reports whether q is short enough.
func Short(q string) bool {
	return len([]rune(q)) <= MaxQuestion
}

// Ask sends a checked question to the model.
func Ask(ctx context.Context, client openai.Client, q string) error {
	if err := Question(q); err != nil {
		return err
	}
	_, err := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)},
	})
	return err
}

// AskTwice sends the question from two goroutines, unchecked.
func AskTwice(ctx context.Context, client openai.Client, q string) {
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
				Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)},
			})
		}()
	}
	wg.Wait()
}

// AskTwiceChecked checks the question in each goroutine before it is sent.
func AskTwiceChecked(ctx context.Context, client openai.Client, q string) {
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if utf8.RuneCountInString(q) > MaxQuestion {
				return
			}
			client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
				Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)},
			})
		}()
	}
	wg.Wait()
}
