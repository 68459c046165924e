package structure

import (
	"context"
	"iter"
	"net/http"
	"strings"

	"example.com/moderation/llm"
	"github.com/openai/openai-go/v3"
)

// messages yields the messages stored for a user.
func (a *assistant) messages(user string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, m := range a.history[user] {
			if !yield(m) {
				return
			}
		}
	}
}

func (a *assistant) checkedMessages(user string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, m := range a.checkedHistory[user] {
			if !yield(m) {
				return
			}
		}
	}
}

func (a *assistant) replyEach(ctx context.Context, user string) {
	for m := range a.messages(user) {
		a.client.Chat.Completions.New(ctx, chat(m)) // want `user input from r.FormValue\("msg"\) reaches the prompt`
	}
	for m := range a.checkedMessages(user) {
		a.client.Chat.Completions.New(ctx, chat(m))
	}
}

// questions reads the questions of a form; greetings yields constants.
func questions(r *http.Request) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, q := range r.Form["q"] {
			if !yield(q) {
				return
			}
		}
	}
}

func greetings() iter.Seq[string] {
	return func(yield func(string) bool) {
		_ = yield("hello") && yield("hi")
	}
}

func (a *assistant) answerAll(w http.ResponseWriter, r *http.Request) {
	for q := range questions(r) {
		a.client.Chat.Completions.New(r.Context(), chat(q)) // want `user input from r.Form reaches the prompt`
	}
	for g := range greetings() {
		a.client.Chat.Completions.New(r.Context(), chat(g))
	}
}

// A library's iterator yields what it was made from.
func (a *assistant) answerLines(w http.ResponseWriter, r *http.Request) {
	for line := range strings.Lines(r.FormValue("doc")) {
		a.client.Chat.Completions.New(r.Context(), chat(line)) // want `user input from r.FormValue\("doc"\) reaches the prompt`
	}
	doc := r.FormValue("checked")
	mod, err := a.client.Moderations.New(r.Context(), moderate(doc))
	if err != nil || mod.Results[0].Flagged {
		return
	}
	for line := range strings.Lines(doc) {
		a.client.Chat.Completions.New(r.Context(), chat(line))
	}
}

// asker is implemented by another package's types, whose methods carry
// facts of what they do.
type asker interface {
	Ask(ctx context.Context, q string) error
}

type desk struct{ plain, guarded asker }

func newDesk(client openai.Client) *desk {
	return &desk{plain: &llm.Assistant{Client: client}, guarded: &llm.Guarded{Client: client}}
}

func (d *desk) ask(w http.ResponseWriter, r *http.Request) {
	d.plain.Ask(r.Context(), r.FormValue("q")) // want `user input from r.FormValue\("q"\) reaches the prompt`
	d.guarded.Ask(r.Context(), r.FormValue("q"))
}
