// Package untrusted is a command-line tool that serves others: its
// configuration says its operator is untrusted.
package untrusted

import (
	"bufio"
	"context"
	"flag"
	"io"
	"os"

	"example.com/sources/llm"
)

var (
	prompt = flag.String("prompt", "", "the question")
	style  string
	model  = "gpt-4o" // not a flag
)

func init() {
	flag.StringVar(&style, "style", "plain", "the answer's style")
}

func main() {
	flag.Parse()
	ctx := context.Background()
	c := new(llm.Client)
	c.Ask(ctx, *prompt) // want `^source the -prompt flag$`
	c.Ask(ctx, style)   // want `^source the -style flag$`
	c.Ask(ctx, model)
	c.Ask(ctx, os.Args[1])        // want `^source os.Args$`
	c.Ask(ctx, flag.Arg(0))       // want `^source flag.Arg\(\)$`
	in, _ := io.ReadAll(os.Stdin) // want `^source os.Stdin$`
	c.Ask(ctx, string(in))
	sc := bufio.NewScanner(os.Stdin) // want `^source os.Stdin$`
	for sc.Scan() {
		c.Ask(ctx, sc.Text())
	}
	file, _ := os.ReadFile(flag.Arg(1)) // want `^source flag.Arg\(\)$`
	c.Ask(ctx, string(file))
	fs := flag.NewFlagSet("ask", flag.ExitOnError)
	topic := fs.String("topic", "", "the topic") // want `^source FlagSet.String\("topic"\)$`
	fs.Parse(os.Args[2:])
	c.Ask(ctx, *topic)
}
