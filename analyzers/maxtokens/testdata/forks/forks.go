// Package forks holds maxtokens cases for forks of the client libraries,
// which its .openaivet.yml declares: each is read as the library it forks.
package forks

import (
	"context"

	"github.com/charmbracelet/openai-go"
	"github.com/charmbracelet/openai-go/option"
	gogpt "github.com/meguminnnnnnnnn/go-openai"
)

func officialFork(ctx context.Context) {
	client := openai.NewClient(option.WithAPIKey("from-the-environment"))
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o}) // want `^chat completion request has no output token limit: set MaxCompletionTokens`
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: openai.ChatModelGPT4o, MaxCompletionTokens: openai.Int(300)})
}

func communityFork(ctx context.Context, client *gogpt.Client) {
	client.CreateChatCompletion(ctx, gogpt.ChatCompletionRequest{Model: gogpt.GPT4o}) // want `^chat completion request has no output token limit: set MaxCompletionTokens`
	client.CreateChatCompletion(ctx, gogpt.ChatCompletionRequest{Model: gogpt.GPT4o, MaxCompletionTokens: 300})
	client.CreateChatCompletion(ctx, gogpt.ChatCompletionRequest{Model: gogpt.GPT4o, MaxTokens: 300}) // want `uses the deprecated MaxTokens: use MaxCompletionTokens`
}

// A fork pointed at another provider is that provider's, as the library
// would be.
func otherProvider(ctx context.Context) {
	client := openai.NewClient(option.WithBaseURL("http://localhost:8080/v1"))
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: "local"})
}
