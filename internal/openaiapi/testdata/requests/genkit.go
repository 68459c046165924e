package requests

import (
	"context"

	"github.com/firebase/genkit/go/ai"
	"github.com/firebase/genkit/go/genkit"
	oai "github.com/firebase/genkit/go/plugins/compat_oai/openai"
	openaiv1 "github.com/openai/openai-go"
)

func genkitRequests(ctx context.Context, g *genkit.Genkit, plugin *oai.OpenAI, q, id string) {
	genkit.Generate(ctx, g, ai.WithModelName("openai/gpt-4o"), ai.WithPrompt(q))                                                                      // want `^chat completion \[text\]$`
	genkit.GenerateText(ctx, g, ai.WithModel(plugin.Model(g, "gpt-4o")), ai.WithConfig(&openaiv1.ChatCompletionNewParams{User: openaiv1.String(id)})) // want `^chat completion \[text\] user:call-option$`
	genkit.GenerateText(ctx, g, ai.WithModelName("openai/gpt-4o"), ai.WithConfig(map[string]any{"max_completion_tokens": 64}))                        // want `^chat completion \[text\] max_completion_tokens:call-option=const$`
	genkit.Generate(ctx, g, ai.WithModelName("anthropic/claude"), ai.WithPrompt(q))
}
