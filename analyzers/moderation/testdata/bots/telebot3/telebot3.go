// Package telebot3 is a bot on telebot v3.
package telebot3

import (
	"context"

	"github.com/openai/openai-go/v3"
	tele "gopkg.in/telebot.v3"
)

func register(bot *tele.Bot, client openai.Client) {
	ctx := context.Background()
	bot.Handle("/ask", func(c tele.Context) error {
		_, err := client.Chat.Completions.New(ctx, chat(c.Text())) // want `^user input from c.Text\(\) reaches the prompt`
		return err
	})
	// c.Text() read again after its moderation is the text moderated.
	bot.Handle(tele.OnText, func(c tele.Context) error {
		mod, err := client.Moderations.New(ctx, moderate(c.Text()))
		if err != nil || mod.Results[0].Flagged {
			return c.Send("I cannot answer that.")
		}
		_, err = client.Chat.Completions.New(ctx, chat(c.Text()))
		return err
	})
}
