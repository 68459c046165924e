// Package telebot4 is a bot on telebot v4.
package telebot4

import (
	"context"

	"github.com/openai/openai-go/v3"
	tele "gopkg.in/telebot.v4"
)

func register(bot *tele.Bot, client openai.Client) {
	ctx := context.Background()
	bot.Handle("/ask", func(c tele.Context) error {
		_, err := client.Chat.Completions.New(ctx, chat(c.Text())) // want `^user input from c.Text\(\) reaches the prompt`
		return err
	})
	bot.Handle(tele.OnText, func(c tele.Context) error {
		if len(c.Text()) > 4000 {
			return c.Send("That is too long for me.")
		}
		_, err := client.Chat.Completions.New(ctx, chat(c.Text()))
		return err
	})
	bot.Handle(tele.OnPhoto, func(c tele.Context) error {
		caption := c.Message().Caption
		if len(caption) > 1000 {
			caption = caption[:1000]
		}
		_, err := client.Chat.Completions.New(ctx, chat(caption))
		return err
	})
}
