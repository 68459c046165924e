package langchaingo

import (
	"context"

	"github.com/tmc/langchaingo/agents"
	"github.com/tmc/langchaingo/chains"
	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/ollama"
	"github.com/tmc/langchaingo/llms/openai"
	"github.com/tmc/langchaingo/tools"
)

// newFunctionsAgent returns the executor, and the agent for its tools:
// the first of a helper's results is what it makes.
func newFunctionsAgent(llm llms.Model, tools []tools.Tool) (*agents.Executor, *agents.OpenAIFunctionsAgent) {
	agent := agents.NewOpenAIFunctionsAgent(llm, tools)
	return agents.NewExecutor(agent), agent
}

func functionsAgent(ctx context.Context, q string) (string, error) {
	llm, err := openai.New()
	if err != nil {
		return "", err
	}
	executor, _ := newFunctionsAgent(llm, nil)
	return chains.Run(ctx, executor, q) // want `chat completion request has no output token limit: pass chains.WithMaxTokens\(n\)`
}

func functionsAgentBounded(ctx context.Context, q string) (map[string]any, error) {
	llm, err := openai.New()
	if err != nil {
		return nil, err
	}
	executor, _ := newFunctionsAgent(llm, nil)
	return chains.Call(ctx, executor, map[string]any{"input": q}, chains.WithMaxTokens(400))
}

func functionsAgentLocal(ctx context.Context, q string) (string, error) {
	llm, err := ollama.New(ollama.WithModel("llama3"))
	if err != nil {
		return "", err
	}
	return chains.Run(ctx, agents.NewExecutor(agents.NewOpenAIFunctionsAgent(llm, nil)), q)
}
