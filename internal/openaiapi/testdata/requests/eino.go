package requests

import (
	"context"

	einoopenai "github.com/cloudwego/eino-ext/components/model/openai"
	"github.com/cloudwego/eino/components/model"
	"github.com/cloudwego/eino/schema"
)

func einoRequests(ctx context.Context, q, id string, n int) {
	m, _ := einoopenai.NewChatModel(ctx, &einoopenai.ChatModelConfig{Model: "gpt-4o", MaxCompletionTokens: &n})
	msgs := []*schema.Message{schema.UserMessage(q)}
	m.Generate(ctx, msgs)                                                                                             // want `^chat completion \[text\] max_completion_tokens:client-option$`
	m.Stream(ctx, msgs, model.WithMaxTokens(64), einoopenai.WithExtraFields(map[string]any{"safety_identifier": id})) // want `^chat completion \[text\] max_completion_tokens:client-option max_tokens:call-option=const safety_identifier:call-option$`
	var bm model.BaseChatModel = m
	bm.Generate(ctx, msgs) // want `^chat completion \[text\] max_completion_tokens:client-option$`
}
