// Package telebot3 is a bot on telebot v3: the context's text, data and
// arguments, and its message's text, caption and payload are user input.
package telebot3

import (
	"context"
	"strings"

	"example.com/sources/llm"
	tele "gopkg.in/telebot.v3"
)

func register(bot *tele.Bot, llm *llm.Client) {
	ctx := context.Background()
	bot.Handle(tele.OnText, func(c tele.Context) error {
		llm.Ask(ctx, c.Text())                    // want `^source c.Text\(\)$`
		llm.Ask(ctx, c.Message().Text)            // want `^source c.Message\(\).Text$`
		llm.Ask(ctx, c.Message().Caption)         // want `^source c.Message\(\).Caption$`
		llm.Ask(ctx, c.Message().Payload)         // want `^source c.Message\(\).Payload$`
		llm.Ask(ctx, strings.Join(c.Args(), " ")) // want `^source c.Args\(\)$`
		llm.Ask(ctx, c.Data())                    // want `^source c.Data\(\)$`
		llm.Ask(ctx, c.Callback().Data)           // want `^source c.Callback\(\).Data$`
		return llm.Ask(ctx, c.Query().Text)       // want `^source c.Query\(\).Text$`
	})
	// The text read again after a length check is the text checked.
	bot.Handle("/ask", func(c tele.Context) error {
		if len(c.Text()) > 4000 { // want `^source c.Text\(\), bounded$`
			return c.Send("too long")
		}
		return llm.Ask(ctx, c.Text())
	})
	// Echoing the text back to the chat sends nothing to the model.
	bot.Handle("/echo", func(c tele.Context) error {
		return c.Send(c.Text())
	})
}
