package telegram

import (
	"context"

	"example.com/bots/llm"
	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// personaBot keeps the persona each chat chose: the /persona command
// stores it, and every later message is answered in it.
type personaBot struct {
	ai *llm.Assistant
	// personas is what each chat typed; styles only the fixed choices.
	personas, styles map[int64]string
}

func (b *personaBot) choose(msg *tgbotapi.Message) {
	b.personas[msg.Chat.ID] = msg.CommandArguments()
	switch style := msg.CommandArguments(); style {
	case "pirate", "poet":
		b.styles[msg.Chat.ID] = style
	}
}

func (b *personaBot) answer(ctx context.Context, msg *tgbotapi.Message) {
	b.ai.Ask(ctx, b.personas[msg.Chat.ID], msg.Text) // want `^user input from msg.CommandArguments\(\) reaches the system prompt`
	b.ai.Ask(ctx, b.styles[msg.Chat.ID], msg.Text)
}

func (b *personaBot) run(api *tgbotapi.BotAPI) {
	ctx := context.Background()
	for update := range api.GetUpdatesChan(tgbotapi.NewUpdate(0)) {
		switch {
		case update.Message != nil && update.Message.Command() == "persona":
			b.choose(update.Message)
		case update.Message != nil:
			b.answer(ctx, update.Message)
		}
	}
}
