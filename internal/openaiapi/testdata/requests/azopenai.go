package requests

import (
	"context"

	"github.com/Azure/azure-sdk-for-go/sdk/ai/azopenai"
)

func azureRequests(ctx context.Context, client *azopenai.Client, q, id string, n int32) {
	client.GetChatCompletions(ctx, azopenai.ChatCompletionsOptions{ // want `^chat completion \[text\] messages:literal model:literal user:literal \(identifier=user\)$`
		DeploymentName: &q,
		Messages:       []azopenai.ChatRequestMessageClassification{&azopenai.ChatRequestUserMessage{Content: azopenai.NewChatRequestUserMessageContent(q)}},
		User:           &id,
	}, nil)
	client.GetCompletions(ctx, azopenai.CompletionsOptions{Prompt: []string{q}, MaxTokens: &n}, nil) // want `^completion \[text\] max_tokens:literal prompt:literal$`
}
