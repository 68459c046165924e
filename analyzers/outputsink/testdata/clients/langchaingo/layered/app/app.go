// Package app wires the advisor to a model.
package app

import (
	"context"

	"example.com/outputsink/clients/langchaingo/layered/ops"
	"example.com/outputsink/clients/langchaingo/layered/service"
	"github.com/tmc/langchaingo/llms/ollama"
	"github.com/tmc/langchaingo/llms/openai"
)

func run(ctx context.Context) error {
	gpt, err := openai.New()
	if err != nil {
		return err
	}
	o := ops.New(service.NewAdvisor(gpt)) // want `^model output reaches command execution unreviewed: .* \(at ops/ops.go:23, through this model\)$`
	if err := o.Advise(ctx); err != nil {
		return err
	}

	llama, err := ollama.New(ollama.WithModel("llama3"))
	if err != nil {
		return err
	}
	return ops.New(service.NewAdvisor(llama)).Clean(ctx)
}
