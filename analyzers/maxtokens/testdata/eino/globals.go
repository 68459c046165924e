package eino

import (
	"context"

	"github.com/cloudwego/eino-ext/components/model/openai"
	"github.com/cloudwego/eino/components/prompt"
	"github.com/cloudwego/eino/schema"
)

// Models kept in package variables that the package sets when it
// starts, from helpers that make a template beside each model.
var (
	summarizer, boundedSummarizer, anyModel *openai.ChatModel
	summaryTemplate                         *prompt.DefaultChatTemplate
)

func newSummarizer(ctx context.Context) (*openai.ChatModel, *prompt.DefaultChatTemplate, error) {
	m, err := openai.NewChatModel(ctx, &openai.ChatModelConfig{Model: "gpt-4o-mini"})
	return m, prompt.FromMessages(schema.FString, schema.UserMessage("Summarize: {text}")), err
}

func newBoundedSummarizer(ctx context.Context) (*openai.ChatModel, *prompt.DefaultChatTemplate, error) {
	limit := 300
	m, err := openai.NewChatModel(ctx, &openai.ChatModelConfig{Model: "gpt-4o-mini", MaxCompletionTokens: &limit})
	return m, prompt.FromMessages(schema.FString, schema.UserMessage("Summarize: {text}")), err
}

func setUp(ctx context.Context, models map[string]*openai.ChatModel) error {
	var err error
	summarizer, summaryTemplate, err = newSummarizer(ctx)
	if err != nil {
		return err
	}
	boundedSummarizer, _, err = newBoundedSummarizer(ctx)
	if err != nil {
		return err
	}
	anyModel = models["default"]
	return nil
}

func summarize(ctx context.Context, text string) (*schema.Message, error) {
	return summarizer.Generate(ctx, []*schema.Message{schema.UserMessage(text)}) // want `^chat completion request has no output token limit`
}

func summarizeBounded(ctx context.Context, text string) (*schema.Message, error) {
	return boundedSummarizer.Generate(ctx, []*schema.Message{schema.UserMessage(text)})
}

// A model the package takes from a map it is given is any model.
func summarizeWithAny(ctx context.Context, text string) (*schema.Message, error) {
	return anyModel.Generate(ctx, []*schema.Message{schema.UserMessage(text)})
}
