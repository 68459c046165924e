// Package givenapp gives the operators their models.
package givenapp

import (
	"example.com/outputsink/clients/langchaingo/givenagent"
	"github.com/tmc/langchaingo/llms/ollama"
	"github.com/tmc/langchaingo/llms/openai"
)

func operators() error {
	gpt, err := openai.New()
	if err != nil {
		return err
	}
	givenagent.NewOperator(gpt) // want `^model output reaches command execution unreviewed: .* \(at givenagent/givenagent.go:22, through this model\)$`
	givenagent.NewPicker(gpt)

	llama, err := ollama.New(ollama.WithModel("llama3"))
	if err != nil {
		return err
	}
	givenagent.NewOperator(llama)
	return nil
}
