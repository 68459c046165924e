// Package slack is a Slack app: Events API messages and mentions, and
// slash commands, are user input.
package slack

import (
	"encoding/json"
	"io"
	"net/http"

	"example.com/sources/llm"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
)

type app struct{ llm *llm.Client }

func (a *app) events(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return
	}
	event, err := slackevents.ParseEvent(json.RawMessage(body), slackevents.OptionNoVerifyToken())
	if err != nil || event.Type != slackevents.CallbackEvent {
		return
	}
	switch ev := event.InnerEvent.Data.(type) {
	case *slackevents.AppMentionEvent:
		a.llm.Ask(r.Context(), ev.Text) // want `^source ev.Text$`
	case *slackevents.MessageEvent:
		a.llm.Ask(r.Context(), ev.Text) // want `^source ev.Text$`
		if ev.Message != nil {
			a.llm.Ask(r.Context(), ev.Message.Text) // want `^source ev.Message.Text$`
		}
		a.llm.Ask(r.Context(), ev.Channel) // a channel ID, not text a user wrote
	}
}

func (a *app) slash(w http.ResponseWriter, r *http.Request) {
	cmd, err := slack.SlashCommandParse(r)
	if err != nil {
		return
	}
	a.llm.Ask(r.Context(), cmd.Text)    // want `^source cmd.Text$`
	a.llm.Ask(r.Context(), cmd.Command) // the command the app registered
}
