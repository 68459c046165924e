package eino

import (
	"context"

	"github.com/cloudwego/eino-ext/components/model/openai"
	"github.com/cloudwego/eino/adk"
	"github.com/cloudwego/eino/components/model"
	"github.com/cloudwego/eino/compose"
	flowagent "github.com/cloudwego/eino/flow/agent"
	"github.com/cloudwego/eino/flow/agent/react"
	"github.com/cloudwego/eino/schema"
)

// A ReAct agent runs the model of its config: its Generate is a request,
// bounded by model options the agent's options pass on.
func reactAgent(ctx context.Context, q string) (*schema.Message, error) {
	cm, err := newModel(ctx)
	if err != nil {
		return nil, err
	}
	a, err := react.NewAgent(ctx, &react.AgentConfig{ToolCallingModel: cm})
	if err != nil {
		return nil, err
	}
	return a.Generate(ctx, []*schema.Message{schema.UserMessage(q)}) // want `^chat completion request has no output token limit: pass react.WithChatModelOptions\(openai.WithMaxCompletionTokens\(n\)\)`
}

func reactAgentBounded(ctx context.Context, q string) (*schema.Message, error) {
	cm, err := newModel(ctx)
	if err != nil {
		return nil, err
	}
	a, err := react.NewAgent(ctx, &react.AgentConfig{ToolCallingModel: cm})
	if err != nil {
		return nil, err
	}
	return a.Generate(ctx, []*schema.Message{schema.UserMessage(q)}, react.WithChatModelOptions(openai.WithMaxCompletionTokens(256)))
}

func reactAgentComposeBound(ctx context.Context, q string) (*schema.Message, error) {
	cm, err := newModel(ctx)
	if err != nil {
		return nil, err
	}
	cfg := &react.AgentConfig{ToolCallingModel: cm, MaxStep: 4}
	a, err := react.NewAgent(ctx, cfg)
	if err != nil {
		return nil, err
	}
	bound := flowagent.WithComposeOptions(compose.WithChatModelOption(openai.WithMaxCompletionTokens(256)))
	return a.Generate(ctx, []*schema.Message{schema.UserMessage(q)}, bound)
}

func reactAgentConfigBound(ctx context.Context, q string) (*schema.Message, error) {
	limit := 512
	cm, err := openai.NewChatModel(ctx, &openai.ChatModelConfig{Model: "gpt-4o-mini", MaxCompletionTokens: &limit})
	if err != nil {
		return nil, err
	}
	a, err := react.NewAgent(ctx, &react.AgentConfig{ToolCallingModel: cm})
	if err != nil {
		return nil, err
	}
	return a.Generate(ctx, []*schema.Message{schema.UserMessage(q)})
}

// An agent over a model pointed at another provider is that provider's;
// one whose model the caller gives, or that the function sets after
// making the config, may run anything.
func reactAgentElsewhere(ctx context.Context, q string) (*schema.Message, error) {
	cm, err := openai.NewChatModel(ctx, &openai.ChatModelConfig{Model: "llama3", BaseURL: "https://api.groq.com/openai/v1"})
	if err != nil {
		return nil, err
	}
	a, err := react.NewAgent(ctx, &react.AgentConfig{ToolCallingModel: cm})
	if err != nil {
		return nil, err
	}
	return a.Generate(ctx, []*schema.Message{schema.UserMessage(q)})
}

func reactAgentGiven(ctx context.Context, m model.ToolCallingChatModel, q string) (*schema.Message, error) {
	a, err := react.NewAgent(ctx, &react.AgentConfig{ToolCallingModel: m})
	if err != nil {
		return nil, err
	}
	return a.Generate(ctx, []*schema.Message{schema.UserMessage(q)})
}

func reactAgentReconfigured(ctx context.Context, m model.ToolCallingChatModel, q string) (*schema.Message, error) {
	cm, err := newModel(ctx)
	if err != nil {
		return nil, err
	}
	cfg := &react.AgentConfig{ToolCallingModel: cm}
	cfg.ToolCallingModel = m
	a, err := react.NewAgent(ctx, cfg)
	if err != nil {
		return nil, err
	}
	return a.Generate(ctx, []*schema.Message{schema.UserMessage(q)})
}

// An agent a service keeps.
type assistant struct {
	agent *react.Agent
}

func newAssistant(ctx context.Context) (*assistant, error) {
	cm, err := newModel(ctx)
	if err != nil {
		return nil, err
	}
	a, err := react.NewAgent(ctx, &react.AgentConfig{ToolCallingModel: cm})
	if err != nil {
		return nil, err
	}
	return &assistant{agent: a}, nil
}

func (s *assistant) reply(ctx context.Context, q string) (*schema.StreamReader[*schema.Message], error) {
	return s.agent.Stream(ctx, []*schema.Message{schema.UserMessage(q)}) // want `chat completion request has no output token limit`
}

// The ADK's runner runs its agent's model.
func adkQuery(ctx context.Context, q string) *adk.AsyncIterator[*adk.AgentEvent] {
	cm, err := newModel(ctx)
	if err != nil {
		return nil
	}
	chat, err := adk.NewChatModelAgent(ctx, &adk.ChatModelAgentConfig{Name: "helper", Description: "helps", Model: cm})
	if err != nil {
		return nil
	}
	runner := adk.NewRunner(ctx, adk.RunnerConfig{Agent: chat})
	return runner.Query(ctx, q) // want `^chat completion request has no output token limit: pass adk.WithChatModelOptions\(\[\]model.Option{openai.WithMaxCompletionTokens\(n\)}\)`
}

func adkQueryBounded(ctx context.Context, q string) *adk.AsyncIterator[*adk.AgentEvent] {
	cm, err := newModel(ctx)
	if err != nil {
		return nil
	}
	chat, err := adk.NewChatModelAgent(ctx, &adk.ChatModelAgentConfig{Name: "helper", Description: "helps", Model: cm})
	if err != nil {
		return nil
	}
	runner := adk.NewRunner(ctx, adk.RunnerConfig{Agent: chat})
	return runner.Query(ctx, q, adk.WithChatModelOptions([]model.Option{openai.WithMaxCompletionTokens(256)}))
}

func adkRunGiven(ctx context.Context, chat adk.Agent, q string) *adk.AsyncIterator[*adk.AgentEvent] {
	runner := adk.NewRunner(ctx, adk.RunnerConfig{Agent: chat})
	return runner.Run(ctx, []adk.Message{schema.UserMessage(q)})
}

// The config's model may be set after the config is made.
func reactAgentLateModel(ctx context.Context, q string) (*schema.Message, error) {
	cfg := &react.AgentConfig{MaxStep: 6}
	if cm, err := newModel(ctx); err == nil {
		cfg.ToolCallingModel = cm
	}
	a, err := react.NewAgent(ctx, cfg)
	if err != nil {
		return nil, err
	}
	return a.Generate(ctx, []*schema.Message{schema.UserMessage(q)}) // want `chat completion request has no output token limit`
}
