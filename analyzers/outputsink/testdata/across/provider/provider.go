// Package provider picks the planner the configuration names: a factory
// outside main, which the packages that use the planner import.
package provider

import (
	"context"

	"example.com/outputsink/across/core"
	"example.com/outputsink/across/model"
	"github.com/openai/openai-go/v3"
)

func Pick(kind string) core.Assistant {
	switch kind {
	case "openai":
		return &model.Planner{Client: openai.NewClient()}
	default:
		return model.Fixed{}
	}
}

func Speak() core.Speaker {
	return model.Fixed{}
}

// Tools fills the tools with function literals: one asks the model, one
// repeats the task.
func Tools() *core.Tools {
	planner := &model.Planner{Client: openai.NewClient()}
	return &core.Tools{
		Suggest: func(ctx context.Context, task string) string {
			cmd, _ := planner.Command(ctx, task)
			return cmd
		},
		Echo: func(ctx context.Context, task string) string { return task },
	}
}
