// Package givenagent acts on what the models its constructors are given
// return: whether each is OpenAI's is known where a caller gives it.
package givenagent

import (
	"context"
	"os/exec"
	"slices"

	"github.com/tmc/langchaingo/llms"
)

type Operator struct{ llm llms.Model }

func NewOperator(llm llms.Model) *Operator { return &Operator{llm: llm} } // want NewOperator:`givenFindings\(givenagent/givenagent.go:22\)`

func (o *Operator) Run(ctx context.Context) error {
	cmd, err := llms.GenerateFromSinglePrompt(ctx, o.llm, "Suggest a shell command that lists large files.", llms.WithMaxTokens(50))
	if err != nil {
		return err
	}
	return exec.Command("sh", "-c", cmd).Run()
}

// The safe twin runs only a command of a fixed set.
type Picker struct{ llm llms.Model }

func NewPicker(llm llms.Model) *Picker { return &Picker{llm: llm} }

func (p *Picker) Run(ctx context.Context) error {
	cmd, err := llms.GenerateFromSinglePrompt(ctx, p.llm, "Answer df or du.", llms.WithMaxTokens(5))
	if err != nil || !slices.Contains([]string{"df", "du"}, cmd) {
		return err
	}
	return exec.Command(cmd).Run()
}
