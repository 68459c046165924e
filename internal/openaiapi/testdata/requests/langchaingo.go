package requests

import (
	"context"

	"github.com/tmc/langchaingo/llms"
	lcopenai "github.com/tmc/langchaingo/llms/openai"
)

func langchaingoRequests(ctx context.Context, q string, n int, opts ...llms.CallOption) {
	llm, _ := lcopenai.New()                                                         // want `client`
	llm.Call(ctx, q)                                                                 // want `chat completion \[text\]$`
	llm.Call(ctx, q, llms.WithMaxTokens(n), llms.WithTemperature(0))                 // want `chat completion \[text\] max_completion_tokens:call-option$`
	llms.GenerateFromSinglePrompt(ctx, llm, q, lcopenai.WithMaxCompletionTokens(64)) // want `chat completion \[text\] max_completion_tokens:call-option=const$`
	llm.Call(ctx, q, opts...)                                                        // want `chat completion \[text\] forwarded$`
}
