// Package telegram is a bot on telegram-bot-api: message text, captions,
// command arguments, callback data and inline queries are user input.
package telegram

import (
	"context"

	"example.com/sources/llm"
	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func run(api *tgbotapi.BotAPI, c *llm.Client) {
	ctx := context.Background()
	for update := range api.GetUpdatesChan(tgbotapi.NewUpdate(0)) {
		if update.Message != nil {
			c.Ask(ctx, update.Message.Text)               // want `^source update.Message.Text$`
			c.Ask(ctx, update.Message.Caption)            // want `^source update.Message.Caption$`
			c.Ask(ctx, update.Message.CommandArguments()) // want `^source Message.CommandArguments\(\)$`

			// The bot's own reply is not user input.
			reply := tgbotapi.NewMessage(update.Message.Chat.ID, "thinking...")
			c.Ask(ctx, reply.Text)
			api.Send(reply)
		}
		if update.CallbackQuery != nil {
			c.Ask(ctx, update.CallbackQuery.Data) // want `^source update.CallbackQuery.Data$`
		}
		if update.InlineQuery != nil {
			c.Ask(ctx, update.InlineQuery.Query) // want `^source update.InlineQuery.Query$`
		}
	}
}
