// Package einoapp gives the service OpenAI's chat model, and one whose
// config names a user for every request.
package einoapp

import (
	"context"

	"example.com/safetyid/eino/einosvc"
	"github.com/cloudwego/eino-ext/components/model/openai"
)

func wire(ctx context.Context) error {
	m, err := openai.NewChatModel(ctx, &openai.ChatModelConfig{Model: "gpt-4o-mini"})
	if err != nil {
		return err
	}
	einosvc.New(m) // want `^chat completion request has no safety_identifier: send a hashed per-user ID \(at einosvc/einosvc.go:18, through this model\)$`

	user := "tenant-7"
	configured, err := openai.NewChatModel(ctx, &openai.ChatModelConfig{Model: "gpt-4o-mini", User: &user})
	if err != nil {
		return err
	}
	einosvc.New(configured)
	return nil
}
