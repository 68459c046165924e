// Package cli is a command-line tool: its operator's prompt needs no
// moderation to reach the model.
package cli

import (
	"context"
	"io"
	"os"

	"github.com/openai/openai-go/v3"
)

func main() {
	client := openai.NewClient()
	prompt, _ := io.ReadAll(os.Stdin)
	client.Chat.Completions.New(context.Background(), chat(string(prompt)))
	client.Chat.Completions.New(context.Background(), chat(os.Args[1]))
}
