// Command server gives the planning service the model, and the runner
// the service: the model's plan reaches the shell through both.
package main

import (
	"context"

	"example.com/outputsink/layered/model"
	"example.com/outputsink/layered/runner"
	"example.com/outputsink/layered/service"
	"github.com/openai/openai-go/v3"
)

func main() {
	r := &runner.Runner{P: service.New(&model.OpenAI{Client: openai.NewClient()})} // want `^model output reaches command execution unreviewed`
	r.Run(context.Background())
}
