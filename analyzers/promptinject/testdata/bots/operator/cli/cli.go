// Package cli is a command-line tool whose operator chooses the persona:
// the one who runs it is the one it serves, and may.
package cli

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
	ai.Ask(context.Background(), *persona, question)
	ai.Ask(context.Background(), os.Args[1], question)
}
