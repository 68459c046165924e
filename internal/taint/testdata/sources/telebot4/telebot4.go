// Package telebot4 is a bot on telebot v4, whose context reads as v3's.
package telebot4

import (
	"context"

	"example.com/sources/llm"
	tele "gopkg.in/telebot.v4"
)

func register(bot *tele.Bot, llm *llm.Client) {
	ctx := context.Background()
	bot.Handle(tele.OnText, func(c tele.Context) error {
		llm.Ask(ctx, c.Text())                // want `^source c.Text\(\)$`
		return llm.Ask(ctx, c.Message().Text) // want `^source c.Message\(\).Text$`
	})
	bot.Handle("/echo", func(c tele.Context) error {
		return c.Send(c.Text())
	})
}
