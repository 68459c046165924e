// want package:`injected\(example.com/taint/inject/helper.Answerer.Answer:2<-r.FormValue\("q"\) example.com/taint/inject/helper.Answerer.Answer:2<-r.FormValue\("bg"\) example.com/taint/inject/helper.Answerer.Answer:2<-r.FormValue\("deep"\) example.com/taint/inject/helper.Answerer.Answer:2<-r.FormValue\("short"\),bounded\)`

// Package helper reads input in its handlers and gives it to helpers of
// its own, which call the answerer it is given: the calls carry the
// handlers' input, with what the helpers did to it on the way.
package helper

import (
	"context"
	"net/http"
)

type Answerer interface {
	Answer(ctx context.Context, q string) string
}

type Bot struct{ AI Answerer }

func (b *Bot) Ask(w http.ResponseWriter, r *http.Request) {
	b.ask(r.Context(), r.FormValue("q"))
	go b.ask(context.Background(), r.FormValue("bg"))
	relay(r.Context(), b, r.FormValue("deep"))
	b.askShort(r.Context(), r.FormValue("short"))
	b.ask(r.Context(), "a fixed question")
	b.count(r.Context(), r.FormValue("tally"))
}

func (b *Bot) ask(ctx context.Context, q string) { // want ask:`forwards=2->example.com/taint/inject/helper.Answerer.Answer:2\)$`
	b.AI.Answer(ctx, "Question: "+q)
}

// relay passes its input on through a second helper.
func relay(ctx context.Context, b *Bot, q string) { b.ask(ctx, q) } // want relay:`forwards=2->example.com/taint/inject/helper.Answerer.Answer:2\)$`

// askShort asks only what is short.
func (b *Bot) askShort(ctx context.Context, q string) { // want askShort:`forwards=2->example.com/taint/inject/helper.Answerer.Answer:2\)$`
	if len(q) > 200 {
		return
	}
	b.AI.Answer(ctx, q)
}

// count gives the answerer only how long the input is.
func (b *Bot) count(ctx context.Context, q string) {
	b.AI.Answer(ctx, "a question of "+itoa(len(q))+" bytes")
}

func itoa(n int) string { return string(rune('0' + n%10)) }
