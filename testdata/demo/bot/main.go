// Command bot is the demo's Discord bot: it answers the messages of a
// channel with the model, and lets members pick the bot's persona with a
// slash command. Like the web service, it breaks some of OpenAI's safety
// practices on purpose, and keeps others.
package main

import (
	"context"
	"crypto/sha256"
	"fmt"
	"log"
	"os"
	"os/signal"

	"github.com/bwmarrin/discordgo"
	"github.com/openai/openai-go/v3"
)

type bot struct {
	client openai.Client
}

// userHash identifies a Discord user to OpenAI without their ID.
func userHash(id string) string {
	return fmt.Sprintf("%x", sha256.Sum256([]byte(id)))
}

// answer replies to a message in the channel.
func (b *bot) answer(s *discordgo.Session, m *discordgo.MessageCreate) {
	if m.Author == nil || m.Author.Bot {
		return
	}
	resp, err := b.client.Chat.Completions.New(context.Background(), openai.ChatCompletionNewParams{
		Model: openai.ChatModelGPT4oMini,
		Messages: []openai.ChatCompletionMessageParamUnion{
			openai.SystemMessage("You are a friendly Discord assistant."),
			openai.UserMessage(m.Content),
		},
		MaxCompletionTokens: openai.Int(400),
		SafetyIdentifier:    openai.String(userHash(m.Author.ID)),
	})
	if err != nil || len(resp.Choices) == 0 {
		return
	}
	s.ChannelMessageSendReply(m.ChannelID, resp.Choices[0].Message.Content, m.Reference())
}

// setPersona handles /persona: the member describes how the bot should
// answer, and the model greets the channel in that voice.
func (b *bot) setPersona(s *discordgo.Session, i *discordgo.InteractionCreate) {
	if i.Type != discordgo.InteractionApplicationCommand || i.Member == nil {
		return
	}
	style := i.ApplicationCommandData().Options[0].StringValue()
	resp, err := b.client.Chat.Completions.New(context.Background(), openai.ChatCompletionNewParams{
		Model: openai.ChatModelGPT4oMini,
		Messages: []openai.ChatCompletionMessageParamUnion{
			openai.SystemMessage("From now on, answer " + style),
			openai.UserMessage("Greet the channel in your new voice."),
		},
		MaxCompletionTokens: openai.Int(100),
		SafetyIdentifier:    openai.String(userHash(i.Member.User.ID)),
	})
	if err != nil || len(resp.Choices) == 0 {
		return
	}
	s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: resp.Choices[0].Message.Content},
	})
}

func main() {
	session, err := discordgo.New("Bot " + os.Getenv("DISCORD_BOT_TOKEN"))
	if err != nil {
		log.Fatal(err)
	}
	b := &bot{client: openai.NewClient()}
	session.AddHandler(b.answer)
	session.AddHandler(b.setPersona)
	if err := session.Open(); err != nil {
		log.Fatal(err)
	}
	defer session.Close()
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt)
	<-stop
}
