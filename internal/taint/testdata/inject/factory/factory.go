// want package:`implementations\(example.com/taint/inject/ports.Answerer.Answer=OpenAI.Answer@factory/factory.go:21 example.com/taint/inject/factory.Tools.Title=llm.Title@factory/factory.go:36\)`

// Package factory picks implementations for the program's interfaces and
// fields outside main: it exports the wirings whose implementation asks a
// model.
package factory

import (
	"context"
	"strings"

	"example.com/taint/inject/llm"
	"example.com/taint/inject/ports"
	"github.com/openai/openai-go/v3"
)

func New(kind string) ports.Answerer {
	if kind == "echo" {
		return echo{}
	}
	return &llm.OpenAI{Client: openai.NewClient()}
}

func Echo() ports.Echoer { return echo{} }

type echo struct{}

func (echo) Answer(ctx context.Context, q string) string { return strings.ToUpper(q) } // want Answer:`^taint\(returns=\[2\] requests=\[\] verdicts=\[\]\)$`

type Tools struct {
	Title func(ctx context.Context, text string) string
	Upper func(ctx context.Context, text string) string
}

func NewTools() *Tools {
	return &Tools{Title: llm.Title, Upper: upper}
}

func upper(ctx context.Context, text string) string { return strings.ToUpper(text) } // want upper:`^taint\(returns=\[1\] requests=\[\] verdicts=\[\]\)$`

// Check returns error, an interface of no package: no wiring.
func Check() error { return nil }
