// Package einosvc keeps the chat model its constructor is given.
package einosvc

import (
	"context"

	"github.com/cloudwego/eino/components/model"
	"github.com/cloudwego/eino/schema"
)

type Chat struct{ model model.BaseChatModel }

func New(m model.BaseChatModel) *Chat { return &Chat{model: m} } // want New:`givenFindings\(einosvc/einosvc.go:16\)`

func (c *Chat) Reply(ctx context.Context, q string) (*schema.Message, error) {
	return c.model.Generate(ctx, []*schema.Message{schema.UserMessage(q)})
}
