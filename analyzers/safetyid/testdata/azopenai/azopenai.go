// Package azopenai names, or not, its users to Azure OpenAI.
package azopenai

import (
	"context"

	"github.com/Azure/azure-sdk-for-go/sdk/ai/azopenai"
)

func anonymous(ctx context.Context, client *azopenai.Client, deployment string, msgs []azopenai.ChatRequestMessageClassification) (azopenai.GetChatCompletionsResponse, error) {
	limit := int32(300)
	return client.GetChatCompletions(ctx, azopenai.ChatCompletionsOptions{DeploymentName: &deployment, Messages: msgs, MaxCompletionTokens: &limit}, nil) // want `^chat completion request has no user`
}

func identified(ctx context.Context, client *azopenai.Client, deployment, userHash string, msgs []azopenai.ChatRequestMessageClassification) (azopenai.GetChatCompletionsResponse, error) {
	limit := int32(300)
	return client.GetChatCompletions(ctx, azopenai.ChatCompletionsOptions{DeploymentName: &deployment, Messages: msgs, MaxCompletionTokens: &limit, User: &userHash}, nil)
}
