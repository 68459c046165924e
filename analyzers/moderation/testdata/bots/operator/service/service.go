// Package service is the same tool, run for others.
package service

import (
	"context"
	"io"
	"os"

	"github.com/openai/openai-go/v3"
)

func main() {
	client := openai.NewClient()
	ctx := context.Background()
	prompt, _ := io.ReadAll(os.Stdin)
	client.Chat.Completions.New(ctx, chat(string(prompt))) // want `^user input from os.Stdin reaches the prompt`
	q := os.Args[1]
	mod, err := client.Moderations.New(ctx, moderate(q))
	if err != nil || mod.Results[0].Flagged {
		return
	}
	client.Chat.Completions.New(ctx, chat(q))
}
