// Package telebot3 is a bot on telebot v3 whose persona buttons send the
// persona as callback data.
package telebot3

import (
	"context"

	"example.com/bots/llm"
	tele "gopkg.in/telebot.v3"
)

func register(bot *tele.Bot, ai *llm.Assistant) {
	ctx := context.Background()
	bot.Handle(&tele.Btn{Unique: "persona"}, func(c tele.Context) error {
		return ai.Ask(ctx, c.Data(), "hello") // want `^user input from c.Data\(\) reaches the system prompt`
	})
	// Callback data can be forged: look it up among the personas offered.
	bot.Handle(&tele.Btn{Unique: "checked"}, func(c tele.Context) error {
		persona, ok := llm.Personas[c.Data()]
		if !ok {
			return c.Send("no such persona")
		}
		return ai.Ask(ctx, persona, "hello")
	})
	bot.Handle(tele.OnText, func(c tele.Context) error {
		return ai.Ask(ctx, "a helpful assistant", c.Text())
	})
}
