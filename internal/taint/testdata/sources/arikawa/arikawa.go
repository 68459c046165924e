// Package arikawa is a Discord bot on arikawa: messages, command
// options, select menus and modals are user input.
package arikawa

import (
	"context"
	"log"

	"example.com/sources/llm"
	"github.com/diamondburned/arikawa/v3/api"
	"github.com/diamondburned/arikawa/v3/discord"
	"github.com/diamondburned/arikawa/v3/gateway"
)

type bot struct{ llm *llm.Client }

func (b *bot) onMessage(e *gateway.MessageCreateEvent) {
	b.llm.Ask(context.Background(), e.Content) // want `^source e.Content$`
}

func (b *bot) onEdit(e *gateway.MessageUpdateEvent) {
	b.llm.Ask(context.Background(), e.Message.Content) // want `^source e.Message.Content$`
}

func (b *bot) onCommand(data *discord.CommandInteraction) {
	ctx := context.Background()
	b.llm.Ask(ctx, data.Options.Find("prompt").String()) // want `^source CommandInteractionOption.String\(\)$`
	b.llm.Ask(ctx, string(data.Options[0].Value))        // want `^source data.Options\[0\].Value$`
	b.llm.Ask(ctx, data.Options[0].Name)                 // the bot's own name for the option
	b.llm.Ask(ctx, data.Name)                            // the bot's own command name
}

func (b *bot) onSelect(data *discord.StringSelectInteraction) {
	b.llm.Ask(context.Background(), data.Values[0]) // want `^source data.Values$`
	b.llm.Ask(context.Background(), string(data.CustomID))
}

func (b *bot) onModal(input *discord.TextInputComponent) {
	b.llm.Ask(context.Background(), input.Value) // want `^source input.Value$`
	b.llm.Ask(context.Background(), input.Label)
}

// A message only logged, or one the bot writes, is not sent to the model
// as user input.
func (b *bot) onMessageLogged(e *gateway.MessageCreateEvent) {
	log.Print(e.Content)
	reply := api.SendMessageData{Content: "thinking..."}
	b.llm.Ask(context.Background(), reply.Content)
}
