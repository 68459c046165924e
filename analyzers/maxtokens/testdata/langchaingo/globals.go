package langchaingo

import (
	"context"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/ollama"
	"github.com/tmc/langchaingo/llms/openai"
)

// A model behind llms.Model, kept in a package variable that setup sets
// before the handlers run.
var (
	sharedModel llms.Model
	localModel  llms.Model
)

func setupModels() error {
	var err error
	sharedModel, err = openai.New(openai.WithModel("gpt-4o-mini"))
	if err != nil {
		return err
	}
	localModel, err = ollama.New(ollama.WithModel("llama3"))
	return err
}

func askShared(ctx context.Context, q string) (string, error) {
	return sharedModel.Call(ctx, q) // want `chat completion request has no output token limit`
}

func askSharedBounded(ctx context.Context, q string) (string, error) {
	return sharedModel.Call(ctx, q, llms.WithMaxTokens(256))
}

func askLocal(ctx context.Context, q string) (string, error) {
	return localModel.Call(ctx, q)
}
