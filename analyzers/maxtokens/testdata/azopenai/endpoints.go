package azopenai

import (
	"context"
	"os"

	"github.com/Azure/azure-sdk-for-go/sdk/ai/azopenai"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
)

// A client of NewClientForOpenAI is OpenAI's where its base URL is.
func onOpenAI(ctx context.Context, q string) error {
	client, err := azopenai.NewClientForOpenAI("https://api.openai.com/v1", azcore.NewKeyCredential(os.Getenv("OPENAI_API_KEY")), nil)
	if err != nil {
		return err
	}
	model := "gpt-4o-mini"
	_, err = client.GetChatCompletions(ctx, azopenai.ChatCompletionsOptions{ // want `^chat completion request has no output token limit: set MaxCompletionTokens$`
		DeploymentName: &model,
		Messages:       messages(q),
	}, nil)
	return err
}

// Pointed at another provider's compatible API, it is not.
func onOllama(ctx context.Context, q string) error {
	client, err := azopenai.NewClientForOpenAI("http://localhost:11434/v1", azcore.NewKeyCredential("ollama"), nil)
	if err != nil {
		return err
	}
	model := "llama3"
	_, err = client.GetChatCompletions(ctx, azopenai.ChatCompletionsOptions{
		DeploymentName: &model,
		Messages:       messages(q),
	}, nil)
	return err
}

// An Azure OpenAI resource serves OpenAI's models.
func onAzure(ctx context.Context, q string) error {
	client, err := azopenai.NewClientWithKeyCredential("https://example.openai.azure.com", azcore.NewKeyCredential(os.Getenv("AZURE_OPENAI_API_KEY")), nil)
	if err != nil {
		return err
	}
	model := "gpt-4o-mini"
	_, err = client.GetChatCompletions(ctx, azopenai.ChatCompletionsOptions{ // want `^chat completion request has no output token limit: set MaxCompletionTokens$`
		DeploymentName: &model,
		Messages:       messages(q),
	}, nil)
	return err
}
