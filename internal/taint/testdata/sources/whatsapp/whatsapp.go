// Package whatsapp is a WhatsApp bot on whatsmeow: a message event's
// message is user input, read through its protocol buffer's getters.
package whatsapp

import (
	"context"

	"example.com/sources/llm"
	"go.mau.fi/whatsmeow"
	"go.mau.fi/whatsmeow/proto/waE2E"
	"go.mau.fi/whatsmeow/types/events"
	"google.golang.org/protobuf/proto"
)

type bot struct{ llm *llm.Client }

func (b *bot) handle(evt any) {
	ctx := context.Background()
	switch v := evt.(type) {
	case *events.Message:
		b.llm.Ask(ctx, v.Message.GetConversation())                  // want `^source v.Message$`
		b.llm.Ask(ctx, v.Message.GetExtendedTextMessage().GetText()) // the same message
		b.llm.Ask(ctx, v.Message.GetImageMessage().GetCaption())
		b.llm.Ask(ctx, v.Info.ID) // the message's ID
		reply := &waE2E.Message{Conversation: proto.String("thinking...")}
		b.llm.Ask(ctx, reply.GetConversation()) // the bot's own message
	}
}

func register(c *whatsmeow.Client, b *bot) {
	c.AddEventHandler(b.handle)
}
