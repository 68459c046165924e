// Package provider picks the planner the configuration names: a factory
// outside main, which the packages that use the planner import.
package provider

import (
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
