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

// A flagged message is skipped and the loop reads the next one: the
// flagged text never reaches the model.
func runModeratedInLoop(api *tgbotapi.BotAPI, client openai.Client) {
	ctx := context.Background()
	for update := range api.GetUpdatesChan(tgbotapi.NewUpdate(0)) {
		if update.Message == nil {
			continue
		}
		text := update.Message.Text
		mod, err := client.Moderations.New(ctx, moderate(text))
		if err != nil || mod.Results[0].Flagged {
			continue
		}
		client.Chat.Completions.New(ctx, chat(text))
	}
}

// The flagged message is logged, and sent all the same.
func runModeratedInLoopFailsOpen(api *tgbotapi.BotAPI, client openai.Client) {
	ctx := context.Background()
	for update := range api.GetUpdatesChan(tgbotapi.NewUpdate(0)) {
		if update.Message == nil {
			continue
		}
		text := update.Message.Text
		mod, err := client.Moderations.New(ctx, moderate(text))
		if err != nil || mod.Results[0].Flagged {
			log.Print("flagged")
		}
		client.Chat.Completions.New(ctx, chat(text)) // want `^user input from update.Message.Text reaches the prompt`
	}
}

// A message read before the loop is the same message on every turn: a
// flagged one comes round again.
func runSameTextEveryTurn(api *tgbotapi.BotAPI, client openai.Client, first tgbotapi.Update) {
	ctx := context.Background()
	text := first.Message.Text
	for range 3 {
		mod, err := client.Moderations.New(ctx, moderate(text))
		if err != nil || mod.Results[0].Flagged {
			continue
		}
		client.Chat.Completions.New(ctx, chat(text)) // want `^user input from first.Message.Text reaches the prompt`
	}
}

// The bot stops at the first flagged message.
func runStopsOnFlagged(api *tgbotapi.BotAPI, client openai.Client) {
	ctx := context.Background()
	for update := range api.GetUpdatesChan(tgbotapi.NewUpdate(0)) {
		if update.Message == nil {
			continue
		}
		mod, err := client.Moderations.New(ctx, moderate(update.Message.Text))
		if err != nil || mod.Results[0].Flagged {
			log.Fatal("flagged input")
		}
		client.Chat.Completions.New(ctx, chat(update.Message.Text))
	}
}
