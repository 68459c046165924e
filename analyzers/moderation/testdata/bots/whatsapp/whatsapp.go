// Package whatsapp is a WhatsApp bot on whatsmeow.
package whatsapp

import (
	"context"

	"github.com/openai/openai-go/v3"
	"go.mau.fi/whatsmeow/types/events"
)

type bot struct{ client openai.Client }

func (b *bot) handle(evt any) {
	if msg, ok := evt.(*events.Message); ok {
		b.client.Chat.Completions.New(context.Background(), chat(msg.Message.GetConversation())) // want `^user input from msg.Message reaches the prompt`
	}
}

func (b *bot) handleModerated(evt any) {
	msg, ok := evt.(*events.Message)
	if !ok {
		return
	}
	ctx := context.Background()
	text := msg.Message.GetConversation()
	mod, err := b.client.Moderations.New(ctx, moderate(text))
	if err != nil || mod.Results[0].Flagged {
		return
	}
	b.client.Chat.Completions.New(ctx, chat(text))
}
