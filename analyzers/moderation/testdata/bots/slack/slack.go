// Package slack answers mentions of a Slack app.
package slack

import (
	"encoding/json"
	"io"
	"net/http"

	"github.com/openai/openai-go/v3"
	"github.com/slack-go/slack/slackevents"
)

type app struct{ client openai.Client }

func (a *app) mention(w http.ResponseWriter, r *http.Request) {
	ev := a.parse(r)
	if ev == nil {
		return
	}
	a.client.Chat.Completions.New(r.Context(), chat(ev.Text)) // want `^user input from ev.Text reaches the prompt`
}

func (a *app) mentionModerated(w http.ResponseWriter, r *http.Request) {
	ev := a.parse(r)
	if ev == nil {
		return
	}
	mod, err := a.client.Moderations.New(r.Context(), moderate(ev.Text))
	if err != nil || mod.Results[0].Flagged {
		return
	}
	a.client.Chat.Completions.New(r.Context(), chat(ev.Text))
}

func (a *app) parse(r *http.Request) *slackevents.AppMentionEvent {
	body, _ := io.ReadAll(r.Body)
	event, err := slackevents.ParseEvent(json.RawMessage(body), slackevents.OptionNoVerifyToken())
	if err != nil {
		return nil
	}
	ev, _ := event.InnerEvent.Data.(*slackevents.AppMentionEvent)
	return ev
}
