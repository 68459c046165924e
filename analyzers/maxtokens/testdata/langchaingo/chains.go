package langchaingo

import (
	"context"

	"github.com/tmc/langchaingo/agents"
	"github.com/tmc/langchaingo/chains"
	"github.com/tmc/langchaingo/llms/ollama"
	"github.com/tmc/langchaingo/llms/openai"
	"github.com/tmc/langchaingo/memory"
	"github.com/tmc/langchaingo/prompts"
)

var summarize = prompts.NewPromptTemplate("Summarize: {{.text}}", []string{"text"})

// A chain runs the model it is made with: chains.Run is a request when
// that model is OpenAI's, bounded by the chain's own option.
func chainRun(ctx context.Context, text string) (string, error) {
	llm, err := openai.New()
	if err != nil {
		return "", err
	}
	chain := chains.NewLLMChain(llm, summarize)
	return chains.Run(ctx, chain, text) // want `chat completion request has no output token limit: pass chains.WithMaxTokens\(n\)`
}

func chainRunBounded(ctx context.Context, text string) (string, error) {
	llm, err := openai.New()
	if err != nil {
		return "", err
	}
	return chains.Run(ctx, chains.NewLLMChain(llm, summarize), text, chains.WithMaxTokens(300))
}

// The options given to NewLLMChain do not reach the model.
func chainBoundAtConstruction(ctx context.Context, llm *openai.LLM, text string) (map[string]any, error) {
	chain := chains.NewLLMChain(llm, summarize, chains.WithMaxTokens(300))
	return chains.Call(ctx, chain, map[string]any{"text": text}) // want `chat completion request has no output token limit: pass chains.WithMaxTokens\(n\)`
}

func conversation(ctx context.Context, llm *openai.LLM, q string) (string, error) {
	chat := chains.NewConversation(llm, memory.NewConversationBuffer())
	return chains.Run(ctx, chat, q) // want `chat completion request has no output token limit`
}

// A chain over another provider's model is that provider's, whether
// another package made the model or openai.New pointed it elsewhere.
func otherChain(ctx context.Context, text string) (string, error) {
	llm, err := ollama.New(ollama.WithModel("llama3"))
	if err != nil {
		return "", err
	}
	return chains.Run(ctx, chains.NewLLMChain(llm, summarize), text)
}

func otherHostChain(ctx context.Context, text string) (string, error) {
	llm, err := openai.New(openai.WithBaseURL("https://api.groq.com/openai/v1"))
	if err != nil {
		return "", err
	}
	chain := chains.NewLLMChain(llm, summarize)
	return chains.Run(ctx, chain, text)
}

// An agent's executor runs the agent's model, and passes the call's
// options on to it.
func agent(ctx context.Context, llm *openai.LLM, q string) (string, error) {
	executor := agents.NewExecutor(agents.NewOneShotAgent(llm, nil))
	return chains.Run(ctx, executor, q) // want `chat completion request has no output token limit: pass chains.WithMaxTokens\(n\)`
}

func agentBounded(ctx context.Context, llm *openai.LLM, q string) (string, error) {
	executor, err := agents.Initialize(llm, nil, agents.ConversationalReactDescription)
	if err != nil {
		return "", err
	}
	return chains.Run(ctx, executor, q, chains.WithMaxTokens(500))
}

func otherAgent(ctx context.Context, q string) (string, error) {
	llm, err := ollama.New(ollama.WithModel("llama3"))
	if err != nil {
		return "", err
	}
	return chains.Run(ctx, agents.NewExecutor(agents.NewConversationalAgent(llm, nil)), q)
}
