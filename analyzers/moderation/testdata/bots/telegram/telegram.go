// Package telegram is a bot on telegram-bot-api.
package telegram

import (
	"context"
	"log"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
	"github.com/openai/openai-go/v3"
)

func run(api *tgbotapi.BotAPI, client openai.Client) {
	ctx := context.Background()
	for update := range api.GetUpdatesChan(tgbotapi.NewUpdate(0)) {
		if update.Message == nil {
			continue
		}
		client.Chat.Completions.New(ctx, chat(update.Message.Text)) // want `^user input from update.Message.Text reaches the prompt`
	}
}

func runModerated(api *tgbotapi.BotAPI, client openai.Client) {
	for update := range api.GetUpdatesChan(tgbotapi.NewUpdate(0)) {
		if update.Message != nil {
			answer(client, update.Message)
		}
	}
}

func answer(client openai.Client, msg *tgbotapi.Message) {
	ctx := context.Background()
	mod, err := client.Moderations.New(ctx, moderate(msg.Text))
	if err != nil || mod.Results[0].Flagged {
		return
	}
	client.Chat.Completions.New(ctx, chat(msg.Text))
}

// Captions only logged reach no model.
func runLogged(api *tgbotapi.BotAPI) {
	for update := range api.GetUpdatesChan(tgbotapi.NewUpdate(0)) {
		if update.Message != nil {
			log.Print(update.Message.Caption)
		}
	}
}
