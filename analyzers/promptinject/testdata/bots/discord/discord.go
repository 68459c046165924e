// Package discord is a Discord bot whose /persona command chooses the
// persona of the system prompt.
package discord

import (
	"context"

	"example.com/bots/llm"
	"github.com/bwmarrin/discordgo"
)

type bot struct{ ai *llm.Assistant }

func (b *bot) persona(s *discordgo.Session, i *discordgo.InteractionCreate) {
	opts := i.ApplicationCommandData().Options
	b.ai.Ask(context.Background(), opts[0].StringValue(), opts[1].StringValue()) // want `^user input from …StringValue\(\) reaches the system prompt: put it in a user message`
}

// The persona is one of a fixed set; the message is the user's question.
func (b *bot) personaChecked(s *discordgo.Session, i *discordgo.InteractionCreate) {
	opts := i.ApplicationCommandData().Options
	persona := opts[0].StringValue()
	switch persona {
	case "pirate", "poet":
	default:
		persona = "a helpful assistant"
	}
	b.ai.Ask(context.Background(), persona, opts[1].StringValue())
}

func (b *bot) message(s *discordgo.Session, m *discordgo.MessageCreate) {
	b.ai.Ask(context.Background(), m.Content, "hello") // want `^user input from m.Content reaches the system prompt`
}

func (b *bot) question(s *discordgo.Session, m *discordgo.MessageCreate) {
	b.ai.Ask(context.Background(), "a helpful assistant", m.Content)
}
