// Package discord is a Discord bot that answers messages.
package discord

import (
	"context"

	"github.com/bwmarrin/discordgo"
	"github.com/openai/openai-go/v3"
)

type bot struct{ client openai.Client }

func (b *bot) answer(s *discordgo.Session, m *discordgo.MessageCreate) {
	b.client.Chat.Completions.New(context.Background(), chat(m.Content)) // want `^user input from m.Content reaches the prompt with no length limit`
}

// The message is checked, then read again to be sent.
func (b *bot) answerChecked(s *discordgo.Session, m *discordgo.MessageCreate) {
	if len(m.Content) > 2000 {
		s.ChannelMessageSend(m.ChannelID, "That is too long for me.")
		return
	}
	b.client.Chat.Completions.New(context.Background(), chat(m.Content))
}

func (b *bot) option(s *discordgo.Session, i *discordgo.InteractionCreate) {
	q := i.ApplicationCommandData().Options[0].StringValue()
	b.client.Chat.Completions.New(context.Background(), chat(q)) // want `^user input from …StringValue\(\) reaches the prompt`
}

func (b *bot) optionTruncated(s *discordgo.Session, i *discordgo.InteractionCreate) {
	q := i.ApplicationCommandData().Options[0].StringValue()
	q = q[:min(len(q), 1000)]
	b.client.Chat.Completions.New(context.Background(), chat(q))
}
