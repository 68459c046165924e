// Package service is the same tool run for others.
package service

import (
	"bufio"
	"context"
	"flag"
	"os"

	"example.com/bots/llm"
)

var persona = flag.String("persona", "a helpful assistant", "who the model is")

func main() {
	flag.Parse()
	ai := new(llm.Assistant)
	question, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	ai.Ask(context.Background(), *persona, question) // want `^user input from the -persona flag reaches the system prompt`
	ai.Ask(context.Background(), "a helpful assistant", question)
}
