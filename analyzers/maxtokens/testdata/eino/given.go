package eino

import (
	"context"

	"github.com/cloudwego/eino-ext/components/model/openai"
	"github.com/cloudwego/eino/components/model"
	"github.com/cloudwego/eino/schema"
)

// Services given their model by the calls of this package: the config
// those calls make the model from bounds it, or not.
type chatService struct{ model model.BaseChatModel }

func newChatService(m model.BaseChatModel) *chatService { return &chatService{model: m} }

func (s *chatService) chat(ctx context.Context, q string) (*schema.Message, error) {
	return s.model.Generate(ctx, []*schema.Message{schema.UserMessage(q)}) // want `chat completion request has no output token limit`
}

type boundedService struct{ model model.BaseChatModel }

func newBoundedService(m model.BaseChatModel) *boundedService { return &boundedService{model: m} }

func (s *boundedService) chat(ctx context.Context, q string) (*schema.Message, error) {
	return s.model.Generate(ctx, []*schema.Message{schema.UserMessage(q)})
}

func wireServices(ctx context.Context) error {
	m, err := newModel(ctx)
	if err != nil {
		return err
	}
	newChatService(m)
	limit := 400
	bounded, err := openai.NewChatModel(ctx, &openai.ChatModelConfig{Model: "gpt-4o-mini", MaxCompletionTokens: &limit})
	if err != nil {
		return err
	}
	newBoundedService(bounded)
	return nil
}
