package eino

import (
	"context"

	"github.com/cloudwego/eino/adk"
)

// A fix that wraps the bound in the runner's option imports the packages
// it names.
func adkRunner(ctx context.Context) (*adk.Runner, error) {
	cm, err := newModel(ctx)
	if err != nil {
		return nil, err
	}
	chat, err := adk.NewChatModelAgent(ctx, &adk.ChatModelAgentConfig{Name: "helper", Description: "helps", Model: cm})
	if err != nil {
		return nil, err
	}
	return adk.NewRunner(ctx, adk.RunnerConfig{Agent: chat}), nil
}

func adkAsk(ctx context.Context, q string) (*adk.AsyncIterator[*adk.AgentEvent], error) {
	runner, err := adkRunner(ctx)
	if err != nil {
		return nil, err
	}
	return runner.Query(ctx, q), nil // want `chat completion request has no output token limit`
}
