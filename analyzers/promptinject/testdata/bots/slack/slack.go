// Package slack is a Slack app: /persona sets the persona, mentions ask.
package slack

import (
	"encoding/json"
	"io"
	"net/http"

	"example.com/bots/llm"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
)

type app struct{ ai *llm.Assistant }

func (a *app) persona(w http.ResponseWriter, r *http.Request) {
	cmd, err := slack.SlashCommandParse(r)
	if err != nil {
		return
	}
	a.ai.Ask(r.Context(), cmd.Text, "hello") // want `^user input from cmd.Text reaches the system prompt`
}

func (a *app) mention(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	event, err := slackevents.ParseEvent(json.RawMessage(body), slackevents.OptionNoVerifyToken())
	if err != nil {
		return
	}
	if ev, ok := event.InnerEvent.Data.(*slackevents.AppMentionEvent); ok {
		a.ai.Ask(r.Context(), "a helpful assistant", ev.Text)
	}
}
