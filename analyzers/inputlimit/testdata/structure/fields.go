// Package structure holds inputlimit cases where user input travels
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

// assistant keeps what its handlers read for the methods that ask the
// model later.
type assistant struct {
	client openai.Client
	// question is stored as it was read, short after a length check;
	// either is stored both ways.
	question, short, either string
	// notes keeps each user's notes, shortNotes only short ones.
	notes, shortNotes map[string][]string
}

func (a *assistant) store(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	a.question = q
	if len(q) > 2000 {
		http.Error(w, "too long", http.StatusRequestEntityTooLarge)
		return
	}
	a.short = q
}

func (a *assistant) storeEither(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	if len(q) <= 2000 {
		a.either = q
	}
}

func (a *assistant) storeEitherUnchecked(w http.ResponseWriter, r *http.Request) {
	a.either = r.FormValue("other")
}

func (a *assistant) ask(ctx context.Context) {
	a.client.Chat.Completions.New(ctx, chat(a.question)) // want `^user input from r.FormValue\("q"\) reaches the prompt with no length limit`
}

func (a *assistant) askShort(ctx context.Context) {
	a.client.Chat.Completions.New(ctx, chat(a.short))
}

// askEither is reported for the unchecked store alone.
func (a *assistant) askEither(ctx context.Context) {
	a.client.Chat.Completions.New(ctx, chat(a.either)) // want `^user input from r.FormValue\("other"\) reaches the prompt`
}

func (a *assistant) note(w http.ResponseWriter, r *http.Request) {
	user, note := r.FormValue("user"), r.FormValue("note")
	a.notes[user] = append(a.notes[user], note)
	if len(note) < 500 {
		a.shortNotes[user] = append(a.shortNotes[user], note)
	}
}

func (a *assistant) summarize(ctx context.Context, user string) {
	var msgs []openai.ChatCompletionMessageParamUnion
	for _, n := range a.notes[user] {
		msgs = append(msgs, openai.UserMessage(n))
	}
	a.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Messages: msgs}) // want `user input from r.FormValue\("note"\) reaches the prompt`
}

func (a *assistant) summarizeShort(ctx context.Context, user string) {
	var msgs []openai.ChatCompletionMessageParamUnion
	for _, n := range a.shortNotes[user] {
		msgs = append(msgs, openai.UserMessage(n))
	}
	a.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Messages: msgs})
}
