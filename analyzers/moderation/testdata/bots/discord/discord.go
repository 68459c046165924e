// Package discord is a Discord bot that answers messages.
package discord

import (
	"context"
	"log"

	"github.com/bwmarrin/discordgo"
	"github.com/openai/openai-go/v3"
)

type bot struct{ client openai.Client }

func (b *bot) answer(s *discordgo.Session, m *discordgo.MessageCreate) {
	b.client.Chat.Completions.New(context.Background(), chat(m.Content)) // want `^user input from m.Content reaches the prompt with no moderation`
}

// The message is moderated first, and read again to be sent.
func (b *bot) answerModerated(s *discordgo.Session, m *discordgo.MessageCreate) {
	ctx := context.Background()
	mod, err := b.client.Moderations.New(ctx, moderate(m.Content))
	if err != nil || mod.Results[0].Flagged {
		s.ChannelMessageSend(m.ChannelID, "I cannot answer that.")
		return
	}
	b.client.Chat.Completions.New(ctx, chat(m.Content))
}

// A message only logged reaches no model.
func (b *bot) logged(s *discordgo.Session, m *discordgo.MessageCreate) {
	log.Printf("%s: %s", m.Author.Username, m.Content)
	b.client.Chat.Completions.New(context.Background(), chat("say hello"))
}

func (b *bot) option(s *discordgo.Session, i *discordgo.InteractionCreate) {
	q := i.ApplicationCommandData().Options[0].StringValue()
	b.client.Chat.Completions.New(context.Background(), chat(q)) // want `^user input from …StringValue\(\) reaches the prompt`
}

func (b *bot) optionModerated(s *discordgo.Session, i *discordgo.InteractionCreate) {
	ctx := context.Background()
	q := i.ApplicationCommandData().Options[0].StringValue()
	mod, err := b.client.Moderations.New(ctx, moderate(q))
	if err != nil || mod.Results[0].Flagged {
		return
	}
	b.client.Chat.Completions.New(ctx, chat(q))
}
