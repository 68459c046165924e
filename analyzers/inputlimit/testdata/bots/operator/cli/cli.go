// Package cli is a command-line tool: its operator may send the model as
// long a prompt as they like.
package cli

import (
	"context"
	"flag"
	"os"

	"github.com/openai/openai-go/v3"
)

var file = flag.String("file", "", "the file to summarize")

func main() {
	flag.Parse()
	client := openai.NewClient()
	text, _ := os.ReadFile(*file)
	client.Chat.Completions.New(context.Background(), chat("Summarize: "+string(text)))
}
