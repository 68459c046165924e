package discord

import (
	"context"

	"github.com/bwmarrin/discordgo"
	"github.com/openai/openai-go/v3"
)

// historyBot keeps each channel's conversation and answers a command
// from it: the messages are stored by one handler and sent by another.
type historyBot struct {
	client openai.Client
	// history keeps every message; short only those of a bounded length.
	history, short map[string][]string
}

func (b *historyBot) remember(s *discordgo.Session, m *discordgo.MessageCreate) {
	b.history[m.ChannelID] = append(b.history[m.ChannelID], m.Content)
	if len(m.Content) <= 2000 {
		b.short[m.ChannelID] = append(b.short[m.ChannelID], m.Content)
	}
}

func (b *historyBot) messages(history map[string][]string, channel string) []openai.ChatCompletionMessageParamUnion {
	var msgs []openai.ChatCompletionMessageParamUnion
	for _, text := range history[channel] {
		msgs = append(msgs, openai.UserMessage(text))
	}
	return msgs
}

func (b *historyBot) summarize(s *discordgo.Session, i *discordgo.InteractionCreate) {
	msgs := b.messages(b.history, i.ChannelID)
	b.client.Chat.Completions.New(context.Background(), openai.ChatCompletionNewParams{Messages: msgs}) // want `^user input from m.Content reaches the prompt with no length limit`
}

func (b *historyBot) summarizeShort(s *discordgo.Session, i *discordgo.InteractionCreate) {
	msgs := b.messages(b.short, i.ChannelID)
	b.client.Chat.Completions.New(context.Background(), openai.ChatCompletionNewParams{Messages: msgs})
}
