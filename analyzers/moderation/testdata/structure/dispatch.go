package structure

import (
	"context"
	"log"
	"net/http"
	"strings"

	"github.com/openai/openai-go/v3"
)

// answerer is what the front end asks; the implementations the package
// converts to it are followed.
type answerer interface {
	Answer(ctx context.Context, q string) string
}

type modelAnswerer struct{ client openai.Client }

func (m *modelAnswerer) Answer(ctx context.Context, q string) string {
	resp, err := m.client.Chat.Completions.New(ctx, chat(q))
	if err != nil {
		return ""
	}
	return resp.Choices[0].Message.Content
}

// speller does not ask the model.
type speller interface {
	Spell(q string) string
}

type upper struct{}

func (upper) Spell(q string) string { return strings.ToUpper(q) }

// front holds its collaborators as interfaces and function values.
type front struct {
	client    openai.Client
	ai        answerer
	spell     speller
	summarize func(ctx context.Context, text string) error
	record    func(ctx context.Context, text string) error
	send      func(ctx context.Context, q string)
	jobs      chan string
	checked   chan string
}

func newFront(client openai.Client) *front {
	f := &front{client: client, ai: &modelAnswerer{client}, spell: upper{}}
	f.summarize = func(ctx context.Context, text string) error {
		_, err := client.Chat.Completions.New(ctx, chat("Summarize: "+text))
		return err
	}
	f.record = func(ctx context.Context, text string) error {
		log.Print(text)
		return nil
	}
	f.send = f.sendNow
	return f
}

func (f *front) sendNow(ctx context.Context, q string) {
	f.client.Chat.Completions.New(ctx, chat(q))
}

func (f *front) ask(w http.ResponseWriter, r *http.Request) {
	f.ai.Answer(r.Context(), r.FormValue("q")) // want `^user input from r.FormValue\("q"\) reaches the prompt with no moderation`
}

func (f *front) askModerated(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	mod, err := f.client.Moderations.New(r.Context(), moderate(q))
	if err != nil || mod.Results[0].Flagged {
		return
	}
	f.ai.Answer(r.Context(), q)
}

func (f *front) spellOnly(w http.ResponseWriter, r *http.Request) {
	f.spell.Spell(r.FormValue("q"))
}

func (f *front) summarizeDoc(w http.ResponseWriter, r *http.Request) {
	f.summarize(r.Context(), r.FormValue("doc")) // want `user input from r.FormValue\("doc"\) reaches the prompt`
	f.record(r.Context(), r.FormValue("doc"))
}

func (f *front) sendLater(w http.ResponseWriter, r *http.Request) {
	f.send(r.Context(), r.FormValue("q")) // want `user input from r.FormValue\("q"\) reaches the prompt`
}

// A goroutine gets its arguments as a call does.
func (f *front) askInBackground(w http.ResponseWriter, r *http.Request) {
	go f.sendNow(context.Background(), r.FormValue("q")) // want `reaches the prompt`
	go f.spell.Spell(r.FormValue("q"))
}

// Workers receive on channels what handlers send.
func (f *front) enqueue(w http.ResponseWriter, r *http.Request) {
	f.jobs <- r.FormValue("job")
	q := r.FormValue("checked")
	mod, err := f.client.Moderations.New(r.Context(), moderate(q))
	if err != nil || mod.Results[0].Flagged {
		return
	}
	f.checked <- q
}

func (f *front) work(ctx context.Context) {
	for job := range f.jobs {
		f.client.Chat.Completions.New(ctx, chat(job)) // want `user input from r.FormValue\("job"\) reaches the prompt`
	}
}

func (f *front) workChecked(ctx context.Context) {
	for q := range f.checked {
		f.client.Chat.Completions.New(ctx, chat(q))
	}
}

// Workers started on a closure share a local channel with it.
func (f *front) pipeline(w http.ResponseWriter, r *http.Request) {
	questions := make(chan string, 1)
	go func() {
		for q := range questions {
			f.client.Chat.Completions.New(context.Background(), chat(q)) // want `user input from r.FormValue\("q"\) reaches the prompt`
		}
	}()
	questions <- r.FormValue("q")
}
