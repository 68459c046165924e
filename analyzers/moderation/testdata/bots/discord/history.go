package discord

import (
	"context"
	"sync"

	"github.com/bwmarrin/discordgo"
	"github.com/openai/openai-go/v3"
)

// historyBot keeps each channel's conversation and answers a command
// from it: the messages are stored by one handler and sent by another.
type historyBot struct {
	client openai.Client
	mu     sync.Mutex
	// history keeps every message; checked only moderated ones.
	history, checked map[string][]openai.ChatCompletionMessageParamUnion
}

func (b *historyBot) remember(s *discordgo.Session, m *discordgo.MessageCreate) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.history[m.ChannelID] = append(b.history[m.ChannelID], openai.UserMessage(m.Content))
}

func (b *historyBot) rememberModerated(s *discordgo.Session, m *discordgo.MessageCreate) {
	ctx := context.Background()
	mod, err := b.client.Moderations.New(ctx, moderate(m.Content))
	if err != nil || mod.Results[0].Flagged {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.checked[m.ChannelID] = append(b.checked[m.ChannelID], openai.UserMessage(m.Content))
}

func (b *historyBot) summarize(s *discordgo.Session, i *discordgo.InteractionCreate) {
	b.mu.Lock()
	msgs := b.history[i.ChannelID]
	b.mu.Unlock()
	b.client.Chat.Completions.New(context.Background(), openai.ChatCompletionNewParams{Messages: msgs}) // want `^user input from m.Content reaches the prompt with no moderation`
}

func (b *historyBot) summarizeChecked(s *discordgo.Session, i *discordgo.InteractionCreate) {
	b.mu.Lock()
	msgs := b.checked[i.ChannelID]
	b.mu.Unlock()
	b.client.Chat.Completions.New(context.Background(), openai.ChatCompletionNewParams{Messages: msgs})
}

func (b *historyBot) register(s *discordgo.Session) {
	s.AddHandler(b.remember)
	s.AddHandler(b.rememberModerated)
	s.AddHandler(b.summarize)
	s.AddHandler(b.summarizeChecked)
}
