// Package v3 holds maxtokens cases for openai-go v3.
package v3

import (
	"context"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	"github.com/openai/openai-go/v3/responses"
)

var msgs = []openai.ChatCompletionMessageParamUnion{openai.UserMessage("hello")}

const replyBudget = 800

func missing(ctx context.Context, client *openai.Client) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{ // want `^chat completion request has no output token limit: set MaxCompletionTokens$`
		Model:    openai.ChatModelGPT4o,
		Messages: msgs,
	})
}

func bounded(ctx context.Context, client *openai.Client) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model:               openai.ChatModelGPT4o,
		Messages:            msgs,
		MaxCompletionTokens: openai.Int(replyBudget),
	})
}

func deprecated(ctx context.Context, client *openai.Client) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{ // want `^chat completion request uses the deprecated MaxTokens: use MaxCompletionTokens$`
		Model:     openai.ChatModelGPT4o,
		Messages:  msgs,
		MaxTokens: openai.Int(500),
	})
}

func deprecatedAssigned(ctx context.Context, client *openai.Client, limit int64) {
	params := openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, Messages: msgs}
	params.MaxTokens = openai.Int(limit)
	client.Chat.Completions.NewStreaming(ctx, params) // want `uses the deprecated MaxTokens`
}

func bothBounds(ctx context.Context, client *openai.Client) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{ // want `^chat completion request sets the deprecated MaxTokens beside MaxCompletionTokens: remove MaxTokens$`
		Model:               openai.ChatModelGPT4o,
		MaxTokens:           openai.Int(500),
		MaxCompletionTokens: openai.Int(500),
	})
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, MaxCompletionTokens: openai.Int(500), MaxTokens: openai.Int(500)}) // want `sets the deprecated MaxTokens beside MaxCompletionTokens`
}

// A bound whose value calls the program gets no fix: deleting it would
// drop the call.
func bothBoundsComputed(ctx context.Context, client *openai.Client, budget func() int64) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{ // want `sets the deprecated MaxTokens beside MaxCompletionTokens`
		Model:               openai.ChatModelGPT4o,
		MaxTokens:           openai.Int(budget()),
		MaxCompletionTokens: openai.Int(500),
	})
}

func onlyTheCurrentBound(ctx context.Context, client *openai.Client) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model:               openai.ChatModelGPT4o,
		MaxCompletionTokens: openai.Int(500),
	})
}

func boundOnOnePath(ctx context.Context, client *openai.Client, premium bool) {
	params := openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, Messages: msgs}
	if !premium {
		params.MaxCompletionTokens = openai.Int(256)
	}
	client.Chat.Completions.New(ctx, params)
}

func viaJSONSet(ctx context.Context, client *openai.Client) {
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o},
		option.WithJSONSet("max_completion_tokens", 300))
}

func viaExtraFields(ctx context.Context, client *openai.Client) {
	params := openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}
	params.SetExtraFields(map[string]any{"max_completion_tokens": 300})
	client.Chat.Completions.New(ctx, params)
}

func fromCaller(ctx context.Context, client *openai.Client, params openai.ChatCompletionNewParams) {
	client.Chat.Completions.New(ctx, params)
}

func newParams() openai.ChatCompletionNewParams {
	return openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, MaxCompletionTokens: openai.Int(200)}
}

func fromBuilder(ctx context.Context, client *openai.Client) {
	client.Chat.Completions.New(ctx, newParams())
}

func responsesAPI(ctx context.Context, client *openai.Client) {
	client.Responses.New(ctx, responses.ResponseNewParams{Model: openai.ChatModelGPT4o}) // want `^response request has no output token limit: set MaxOutputTokens`
	client.Responses.New(ctx, responses.ResponseNewParams{Model: openai.ChatModelGPT4o, MaxOutputTokens: openai.Int(300)})
}

func legacyCompletions(ctx context.Context, client *openai.Client) {
	client.Completions.New(ctx, openai.CompletionNewParams{Model: openai.CompletionNewParamsModelGPT3_5TurboInstruct}) // want `^completion request has no output token limit: set MaxTokens`
	// On legacy completions max_tokens is the bound, not a deprecated one.
	client.Completions.New(ctx, openai.CompletionNewParams{Model: openai.CompletionNewParamsModelGPT3_5TurboInstruct, MaxTokens: openai.Int(64)})
}

func assistantsRun(ctx context.Context, client *openai.Client, threadID string) {
	client.Beta.Threads.Runs.New(ctx, threadID, openai.BetaThreadRunNewParams{AssistantID: "asst_1"}) // want `^assistants run request has no output token limit: set MaxCompletionTokens`
	client.Beta.Threads.Runs.New(ctx, threadID, openai.BetaThreadRunNewParams{AssistantID: "asst_1", MaxCompletionTokens: openai.Int(500)})
}

func notGenerating(ctx context.Context, client *openai.Client) {
	client.Embeddings.New(ctx, openai.EmbeddingNewParams{Model: openai.EmbeddingModelTextEmbedding3Small})
	client.Moderations.New(ctx, openai.ModerationNewParams{})
	client.Images.Generate(ctx, openai.ImageGenerateParams{Prompt: "a cat"})
	client.Chat.Completions.List(ctx, openai.ChatCompletionListParams{})
}
