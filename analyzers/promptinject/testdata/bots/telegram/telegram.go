// Package telegram is a bot on telegram-bot-api whose /persona command
// takes the persona as its argument.
package telegram

import (
	"context"

	"example.com/bots/llm"
	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func run(api *tgbotapi.BotAPI, ai *llm.Assistant) {
	ctx := context.Background()
	persona := "a helpful assistant"
	for update := range api.GetUpdatesChan(tgbotapi.NewUpdate(0)) {
		switch {
		case update.Message != nil && update.Message.Command() == "persona":
			ai.Ask(ctx, update.Message.CommandArguments(), "hello") // want `^user input from Message.CommandArguments\(\) reaches the system prompt`
		case update.Message != nil:
			ai.Ask(ctx, persona, update.Message.Text)
		case update.CallbackQuery != nil:
			ai.Ask(ctx, update.CallbackQuery.Data, "hello") // want `^user input from update.CallbackQuery.Data reaches the system prompt`
		}
	}
}
