package langchaingo

import (
	"context"

	"github.com/tmc/langchaingo/chains"
	"github.com/tmc/langchaingo/llms/ollama"
	"github.com/tmc/langchaingo/llms/openai"
	"github.com/tmc/langchaingo/schema"
)

// Question-answering chains run the model they are made over, or the
// chain they are made over, with the call's options.
func retrievalQA(ctx context.Context, docs schema.Retriever, q string) (string, error) {
	llm, err := openai.New()
	if err != nil {
		return "", err
	}
	return chains.Run(ctx, chains.NewRetrievalQAFromLLM(llm, docs), q) // want `chat completion request has no output token limit: pass chains.WithMaxTokens\(n\)`
}

func retrievalQAOverChain(ctx context.Context, llm *openai.LLM, docs schema.Retriever, q string) (string, error) {
	qa := chains.NewRetrievalQA(chains.LoadStuffQA(llm), docs)
	return chains.Run(ctx, qa, q) // want `chat completion request has no output token limit`
}

func stuffQABounded(ctx context.Context, llm *openai.LLM, docs []schema.Document, q string) (map[string]any, error) {
	qa := chains.LoadStuffQA(llm)
	return chains.Call(ctx, qa, map[string]any{"input_documents": docs, "question": q}, chains.WithMaxTokens(256))
}

func localSummary(ctx context.Context, docs []schema.Document) (map[string]any, error) {
	llm, err := ollama.New(ollama.WithModel("llama3"))
	if err != nil {
		return nil, err
	}
	return chains.Call(ctx, chains.LoadRefineSummarization(llm), map[string]any{"input_documents": docs})
}
