// Package slack answers a Slack app's slash command.
package slack

import (
	"net/http"

	"github.com/openai/openai-go/v3"
	"github.com/slack-go/slack"
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
