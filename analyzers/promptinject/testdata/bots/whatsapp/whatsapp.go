// Package whatsapp is a WhatsApp bot on whatsmeow.
package whatsapp

import (
	"context"
	"strings"

	"example.com/bots/llm"
	"go.mau.fi/whatsmeow/types/events"
)

type bot struct{ ai *llm.Assistant }

func (b *bot) handle(evt any) {
	msg, ok := evt.(*events.Message)
	if !ok {
		return
	}
	text := msg.Message.GetConversation()
	if persona, ok := strings.CutPrefix(text, "/persona "); ok {
		b.ai.Ask(context.Background(), persona, "hello") // want `^user input from msg.Message reaches the system prompt`
		return
	}
	b.ai.Ask(context.Background(), "a helpful assistant", text)
}
