// Package structure holds moderation cases where user input travels
// through the program's structure before it reaches the model: fields
// that one method writes and another reads, interfaces and function
// values, channels and goroutines, iterators.
package structure

import (
	"context"
	"net/http"

	"github.com/openai/openai-go/v3"
)

func chat(q string) openai.ChatCompletionNewParams {
	return openai.ChatCompletionNewParams{Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)}}
}

func moderate(q string) openai.ModerationNewParams {
	return openai.ModerationNewParams{Input: openai.ModerationNewParamsInputUnion{OfString: openai.String(q)}}
}

// assistant keeps what its handlers read for the methods that ask the
// model later.
type assistant struct {
	client openai.Client
	// question is stored as it was read, checked after a verdict.
	question, checked string
	// greeting is only ever a constant.
	greeting string
	// history keeps each user's messages, checked only moderated ones.
	history, checkedHistory map[string][]string
}

func (a *assistant) store(w http.ResponseWriter, r *http.Request) {
	a.question = r.FormValue("q")
	a.greeting = "hello"
}

func (a *assistant) storeModerated(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	mod, err := a.client.Moderations.New(r.Context(), moderate(q))
	if err != nil || mod.Results[0].Flagged {
		http.Error(w, "rejected", http.StatusBadRequest)
		return
	}
	a.checked = q
}

func (a *assistant) ask(ctx context.Context) {
	a.client.Chat.Completions.New(ctx, chat(a.question)) // want `^user input from r.FormValue\("q"\) reaches the prompt with no moderation`
}

func (a *assistant) askChecked(ctx context.Context) {
	a.client.Chat.Completions.New(ctx, chat(a.checked))
}

func (a *assistant) greet(ctx context.Context) {
	a.client.Chat.Completions.New(ctx, chat(a.greeting))
}

func (a *assistant) remember(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	a.history[user] = append(a.history[user], r.FormValue("msg"))
	msg := r.FormValue("msg")
	mod, err := a.client.Moderations.New(r.Context(), moderate(msg))
	if err != nil || mod.Results[0].Flagged {
		return
	}
	a.checkedHistory[user] = append(a.checkedHistory[user], msg)
}

func (a *assistant) reply(ctx context.Context, user string) {
	var msgs []openai.ChatCompletionMessageParamUnion
	for _, m := range a.history[user] {
		msgs = append(msgs, openai.UserMessage(m))
	}
	a.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Messages: msgs}) // want `user input from r.FormValue\("msg"\) reaches the prompt`
}

func (a *assistant) replyChecked(ctx context.Context, user string) {
	var msgs []openai.ChatCompletionMessageParamUnion
	for _, m := range a.checkedHistory[user] {
		msgs = append(msgs, openai.UserMessage(m))
	}
	a.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Messages: msgs})
}

// storeAndAsk stores the question and asks at once: one report.
func (a *assistant) storeAndAsk(w http.ResponseWriter, r *http.Request) {
	a.question = r.FormValue("now")
	a.ask(r.Context())
}

// askTwice sends the question itself and through ask2, which sends it
// again: two requests, two reports.
func (a *assistant) askTwice(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("twice")
	a.client.Chat.Completions.New(r.Context(), chat(q)) // want `user input from r.FormValue\("twice"\) reaches the prompt`
	a.ask2(r.Context(), q)                              // want `user input from r.FormValue\("twice"\) reaches the prompt`
}

func (a *assistant) ask2(ctx context.Context, q string) {
	a.client.Chat.Completions.New(ctx, chat(q))
}
