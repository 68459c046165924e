// Package einosvc keeps the chat model its constructor is given, and
// identifies the users of some of its requests.
package einosvc

import (
	"context"

	"github.com/cloudwego/eino-ext/components/model/openai"
	"github.com/cloudwego/eino/components/model"
	"github.com/cloudwego/eino/schema"
)

type Chat struct{ model model.BaseChatModel }

func New(m model.BaseChatModel) *Chat { return &Chat{model: m} } // want New:`givenFindings\(einosvc/einosvc.go:18\)`

func (c *Chat) Anonymous(ctx context.Context, q string) (*schema.Message, error) {
	return c.model.Generate(ctx, []*schema.Message{schema.UserMessage(q)})
}

func (c *Chat) Identified(ctx context.Context, userHash, q string) (*schema.Message, error) {
	return c.model.Generate(ctx, []*schema.Message{schema.UserMessage(q)},
		openai.WithExtraFields(map[string]any{"safety_identifier": userHash}))
}
