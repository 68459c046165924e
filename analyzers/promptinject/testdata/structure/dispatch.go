package structure

import (
	"context"
	"net/http"
	"slices"

	"github.com/openai/openai-go/v3"
)

// instructor sets the system prompt from what it is given.
type instructor interface {
	Instruct(ctx context.Context, system, q string)
}

type modelInstructor struct{ client openai.Client }

func (m *modelInstructor) Instruct(ctx context.Context, system, q string) {
	m.client.Chat.Completions.New(ctx, withSystem(system, q))
}

// userOnly puts what it is given in a user message alone.
type userOnly struct{ client openai.Client }

func (u *userOnly) Instruct(ctx context.Context, system, q string) {
	u.client.Chat.Completions.New(ctx, withSystem("Be brief.", system+q))
}

type desk struct {
	client        openai.Client
	strict, loose instructor
	persona       func(ctx context.Context, p, q string)
	personas      chan string
}

func newDesk(client openai.Client) *desk {
	d := &desk{client: client, strict: &modelInstructor{client}, loose: &userOnly{client}}
	d.persona = func(ctx context.Context, p, q string) {
		client.Chat.Completions.New(ctx, withSystem("You are "+p, q))
	}
	return d
}

func (d *desk) ask(w http.ResponseWriter, r *http.Request) {
	d.strict.Instruct(r.Context(), r.FormValue("system"), "hi") // want `^user input from r.FormValue\("system"\) reaches the system prompt`
	d.loose.Instruct(r.Context(), r.FormValue("system"), "hi")
	d.strict.Instruct(r.Context(), "Be brief.", r.FormValue("q"))
}

func (d *desk) askAs(w http.ResponseWriter, r *http.Request) {
	d.persona(r.Context(), r.FormValue("persona"), "hi") // want `user input from r.FormValue\("persona"\) reaches the system prompt`
	d.persona(r.Context(), "a pirate", r.FormValue("q"))
}

func (d *desk) choose(w http.ResponseWriter, r *http.Request) {
	go d.strict.Instruct(context.Background(), r.FormValue("system"), "hi") // want `reaches the system prompt`
	d.personas <- r.FormValue("persona")
}

func (d *desk) work(ctx context.Context) {
	for p := range d.personas {
		d.client.Chat.Completions.New(ctx, withSystem("You are "+p, "hi")) // want `user input from r.FormValue\("persona"\) reaches the system prompt`
	}
}

func (d *desk) rules(w http.ResponseWriter, r *http.Request) {
	for rule := range slices.Values(r.Form["rule"]) {
		d.client.Chat.Completions.New(r.Context(), withSystem(rule, "hi")) // want `user input from r.Form reaches the system prompt`
	}
	for q := range slices.Values(r.Form["q"]) {
		d.client.Chat.Completions.New(r.Context(), withSystem("Be brief.", q))
	}
}
