// Package trusted is a command-line tool: what its operator gives it is
// not untrusted input unless the configuration says so.
package trusted

import (
	"bufio"
	"context"
	"flag"
	"io"
	"os"

	"example.com/sources/llm"
)

var prompt = flag.String("prompt", "", "the question")

func main() {
	flag.Parse()
	ctx := context.Background()
	c := new(llm.Client)
	c.Ask(ctx, *prompt)
	c.Ask(ctx, os.Args[1])
	c.Ask(ctx, flag.Arg(0))
	in, _ := io.ReadAll(os.Stdin)
	c.Ask(ctx, string(in))
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		c.Ask(ctx, sc.Text())
	}
	file, _ := os.ReadFile(flag.Arg(1))
	c.Ask(ctx, string(file))
}
