// Package slack answers a Slack app's slash command.
package slack

import (
	"context"
	"log"
	"net/http"
	"unicode/utf8"

	"github.com/openai/openai-go/v3"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
)

type app struct{ client openai.Client }

func (a *app) ask(w http.ResponseWriter, r *http.Request) {
	cmd, err := slack.SlashCommandParse(r)
	if err != nil {
		return
	}
	a.client.Chat.Completions.New(r.Context(), chat(cmd.Text)) // want `^user input from cmd.Text reaches the prompt`
}

func (a *app) askChecked(w http.ResponseWriter, r *http.Request) {
	cmd, err := slack.SlashCommandParse(r)
	if err != nil || len(cmd.Text) > 2000 {
		return
	}
	a.client.Chat.Completions.New(r.Context(), chat(cmd.Text))
}

// A socket-mode loop skips a long message and reads the next one.
func (a *app) listen(ctx context.Context, events <-chan slackevents.EventsAPIEvent) {
	for ev := range events {
		msg, ok := ev.InnerEvent.Data.(*slackevents.AppMentionEvent)
		if !ok {
			continue
		}
		text := msg.Text
		if utf8.RuneCountInString(text) > 2000 {
			continue
		}
		a.client.Chat.Completions.New(ctx, chat(text))
	}
}

// The loop warns about a long message and sends it all the same.
func (a *app) listenUnchecked(ctx context.Context, events <-chan slackevents.EventsAPIEvent) {
	for ev := range events {
		msg, ok := ev.InnerEvent.Data.(*slackevents.AppMentionEvent)
		if !ok {
			continue
		}
		text := msg.Text
		if utf8.RuneCountInString(text) > 2000 {
			log.Print("long message")
		}
		a.client.Chat.Completions.New(ctx, chat(text)) // want `^user input from msg.Text reaches the prompt`
	}
}
