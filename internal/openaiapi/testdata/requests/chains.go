package requests

import (
	"context"

	"github.com/tmc/langchaingo/agents"
	"github.com/tmc/langchaingo/chains"
	lcopenai "github.com/tmc/langchaingo/llms/openai"
	"github.com/tmc/langchaingo/prompts"
)

func chainRequests(ctx context.Context, llm *lcopenai.LLM, q string) {
	chain := chains.NewLLMChain(llm, prompts.NewPromptTemplate("{{.q}}", []string{"q"}))
	chains.Run(ctx, chain, q)                            // want `chat completion \[text\]$`
	chains.Run(ctx, chain, q, chains.WithMaxTokens(100)) // want `chat completion \[text\] max_completion_tokens:call-option=const$`
	chains.Predict(ctx, chain, map[string]any{"q": q})   // want `chat completion \[text\]$`
}

func agentRequests(ctx context.Context, llm *lcopenai.LLM, q string) {
	executor := agents.NewExecutor(agents.NewOpenAIFunctionsAgent(llm, nil))
	chains.Run(ctx, executor, q) // want `chat completion \[text\]$`
}
