// Package discord is a Discord bot: messages, slash commands, select
// menus and modals are user input.
package discord

import (
	"context"
	"fmt"
	"log"

	"example.com/sources/llm"
	"github.com/bwmarrin/discordgo"
)

type bot struct{ llm *llm.Client }

func (b *bot) onMessage(s *discordgo.Session, m *discordgo.MessageCreate) {
	b.llm.Ask(context.Background(), m.Content) // want `^source m.Content$`
}

func (b *bot) onEdit(s *discordgo.Session, m *discordgo.MessageUpdate) {
	b.llm.Ask(context.Background(), m.Message.Content) // want `^source m.Message.Content$`
}

func (b *bot) onInteraction(s *discordgo.Session, i *discordgo.InteractionCreate) {
	ctx := context.Background()
	switch i.Type {
	case discordgo.InteractionApplicationCommand:
		opts := i.ApplicationCommandData().Options
		b.llm.Ask(ctx, opts[0].StringValue())     // want `^source ApplicationCommandInteractionDataOption.StringValue\(\)$`
		b.llm.Ask(ctx, fmt.Sprint(opts[1].Value)) // want `^source opts\[1\].Value$`
		b.llm.Ask(ctx, opts[0].Name)              // the bot's own name for the option
	case discordgo.InteractionMessageComponent:
		b.llm.Ask(ctx, i.MessageComponentData().Values[0]) // want `^source i.MessageComponentData\(\).Values$`
		b.llm.Ask(ctx, i.MessageComponentData().CustomID)  // the bot's own ID for the menu
	case discordgo.InteractionModalSubmit:
		row := i.ModalSubmitData().Components[0].(*discordgo.ActionsRow)
		input := row.Components[0].(*discordgo.TextInput)
		b.llm.Ask(ctx, input.Value) // want `^source input.Value$`
	}
}

// A message only logged, or a message the bot writes, is not sent to the
// model as user input.
func (b *bot) onMessageLogged(s *discordgo.Session, m *discordgo.MessageCreate) {
	log.Print(m.Content)
	reply := &discordgo.MessageSend{Content: "thinking..."}
	b.llm.Ask(context.Background(), reply.Content)
	s.ChannelMessageSendComplex(m.ChannelID, reply)
}

// Reading the message again reads the same input: the length check of the
// first read holds for the second.
func (b *bot) onMessageChecked(s *discordgo.Session, m *discordgo.MessageCreate) {
	if len(m.Content) > 2000 { // want `^source m.Content, bounded$`
		return
	}
	b.llm.Ask(context.Background(), m.Content)
}

// A read on one branch only does not check the read after it.
func (b *bot) onMessageLoggedFirst(s *discordgo.Session, m *discordgo.MessageCreate, verbose bool) {
	if verbose && len(m.Content) > 2000 {
		log.Print(m.Content)
	}
	b.llm.Ask(context.Background(), m.Content) // want `^source m.Content$`
}

func register(s *discordgo.Session, b *bot) {
	s.AddHandler(b.onMessage)
	s.AddHandler(b.onEdit)
	s.AddHandler(b.onInteraction)
	s.AddHandler(b.onMessageLogged)
	s.AddHandler(b.onMessageChecked)
	s.AddHandler(b.onMessageLoggedFirst)
}
