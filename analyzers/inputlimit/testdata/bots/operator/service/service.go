// Package service is the same tool, run for others.
package service

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
	client.Chat.Completions.New(context.Background(), chat("Summarize: "+string(text))) // want `^user input from the -file flag reaches the prompt`
	if len(text) > 100_000 {
		return
	}
	client.Chat.Completions.New(context.Background(), chat("Translate: "+string(text)))
}
