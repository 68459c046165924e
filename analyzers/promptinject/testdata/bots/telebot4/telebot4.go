// Package telebot4 is a bot on telebot v4.
package telebot4

import (
	"context"

	"example.com/bots/llm"
	tele "gopkg.in/telebot.v4"
)

func register(bot *tele.Bot, ai *llm.Assistant) {
	ctx := context.Background()
	bot.Handle("/persona", func(c tele.Context) error {
		return ai.Ask(ctx, c.Message().Payload, "hello") // want `^user input from c.Message\(\).Payload reaches the system prompt`
	})
	bot.Handle(tele.OnText, func(c tele.Context) error {
		return ai.Ask(ctx, "a helpful assistant", c.Message().Text)
	})
}
