// Package setup makes the Genkit instances the program uses.
package setup

import (
	"context"

	"github.com/firebase/genkit/go/genkit"
	oai "github.com/firebase/genkit/go/plugins/compat_oai/openai"
)

func OpenAI(ctx context.Context) *genkit.Genkit {
	return genkit.Init(ctx, genkit.WithPlugins(&oai.OpenAI{}), genkit.WithDefaultModel("openai/gpt-4o"))
}

func Local(ctx context.Context) *genkit.Genkit {
	return genkit.Init(ctx, genkit.WithDefaultModel("ollama/llama3"))
}
