// Package givenapp gives the chat services their models.
package givenapp

import (
	"context"
	"net/http"

	"example.com/moderation/clients/eino/givenchat"
	einoopenai "github.com/cloudwego/eino-ext/components/model/openai"
	"github.com/openai/openai-go/v3"
)

func routes(ctx context.Context) error {
	gpt, err := einoopenai.NewChatModel(ctx, &einoopenai.ChatModelConfig{Model: "gpt-4o-mini"})
	if err != nil {
		return err
	}
	http.Handle("/chat", givenchat.New(gpt)) // want `^user input from r.FormValue\("q"\) reaches the prompt with no moderation: .* \(at givenchat/givenchat.go:18, through this model\)$`
	http.Handle("/moderated", givenchat.NewModerated(gpt, openai.NewClient()))

	// A model pointed at another provider is not OpenAI's.
	local, err := einoopenai.NewChatModel(ctx, &einoopenai.ChatModelConfig{Model: "llama3", BaseURL: "http://localhost:11434/v1"})
	if err != nil {
		return err
	}
	http.Handle("/local", givenchat.New(local))
	return nil
}
