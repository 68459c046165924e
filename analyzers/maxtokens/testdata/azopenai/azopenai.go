// Package azopenai asks Azure OpenAI through Azure's SDK.
package azopenai

import (
	"context"

	"github.com/Azure/azure-sdk-for-go/sdk/ai/azopenai"
)

func messages(q string) []azopenai.ChatRequestMessageClassification {
	return []azopenai.ChatRequestMessageClassification{
		&azopenai.ChatRequestUserMessage{Content: azopenai.NewChatRequestUserMessageContent(q)},
	}
}

func unbounded(ctx context.Context, client *azopenai.Client, deployment, q string) (azopenai.GetChatCompletionsResponse, error) {
	return client.GetChatCompletions(ctx, azopenai.ChatCompletionsOptions{ // want `^chat completion request has no output token limit: set MaxCompletionTokens$`
		DeploymentName: &deployment,
		Messages:       messages(q),
	}, nil)
}

func bounded(ctx context.Context, client *azopenai.Client, deployment, q string) (azopenai.GetChatCompletionsResponse, error) {
	limit := int32(512)
	return client.GetChatCompletions(ctx, azopenai.ChatCompletionsOptions{
		DeploymentName:      &deployment,
		Messages:            messages(q),
		MaxCompletionTokens: &limit,
	}, nil)
}

func legacy(ctx context.Context, client *azopenai.Client, deployment, q string) (azopenai.GetChatCompletionsResponse, error) {
	limit := int32(512)
	return client.GetChatCompletions(ctx, azopenai.ChatCompletionsOptions{ // want `chat completion request uses the deprecated MaxTokens: use MaxCompletionTokens`
		DeploymentName: &deployment,
		Messages:       messages(q),
		MaxTokens:      &limit,
	}, nil)
}

func completion(ctx context.Context, client *azopenai.Client, deployment, q string) (azopenai.GetCompletionsResponse, error) {
	return client.GetCompletions(ctx, azopenai.CompletionsOptions{DeploymentName: &deployment, Prompt: []string{q}}, nil) // want `completion request has no output token limit: set MaxTokens`
}

// Options from the caller may be bounded.
func given(ctx context.Context, client *azopenai.Client, opts azopenai.ChatCompletionsOptions) (azopenai.GetChatCompletionsResponse, error) {
	return client.GetChatCompletions(ctx, opts, nil)
}
