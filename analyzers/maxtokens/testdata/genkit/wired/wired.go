// Package wired gives the flows their Genkit.
package wired

import (
	"context"

	"example.com/maxtokens/genkit/flows"
	"example.com/maxtokens/genkit/setup"
	"github.com/firebase/genkit/go/genkit"
	oai "github.com/firebase/genkit/go/plugins/compat_oai/openai"
)

func wire(ctx context.Context) {
	g := genkit.Init(ctx, genkit.WithPlugins(&oai.OpenAI{}), genkit.WithDefaultModel("openai/gpt-4o-mini"))
	flows.NewAnswerFlow(g) // want `^chat completion request has no output token limit: set MaxCompletionTokens in ai.WithConfig\(&openai.ChatCompletionNewParams\{...\}\) \(at flows/flows.go:16, through this model\)$`
	flows.NewBoundedFlow(g)
	flows.NewGeminiFlow(g)
	flows.NewAssistant(g) // want `no output token limit.*\(at flows/flows.go:39, through this model\)`

	// Instances made in another package.
	flows.NewAnswerFlow(setup.OpenAI(ctx)) // want `no output token limit.*\(at flows/flows.go:16, through this model\)`
	flows.NewAnswerFlow(setup.Local(ctx))

	// Another provider's default.
	local := genkit.Init(ctx, genkit.WithDefaultModel("googleai/gemini-2.5-flash"))
	flows.NewAnswerFlow(local)
	flows.NewAssistant(local)
}
