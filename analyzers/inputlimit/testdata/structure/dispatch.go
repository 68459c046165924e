package structure

import (
	"context"
	"iter"
	"net/http"
	"strings"

	"github.com/openai/openai-go/v3"
)

// answerer is what the front end asks; the implementations the package
// converts to it are followed.
type answerer interface {
	Answer(ctx context.Context, q string)
}

type modelAnswerer struct{ client openai.Client }

func (m modelAnswerer) Answer(ctx context.Context, q string) {
	m.client.Chat.Completions.New(ctx, chat(q))
}

// clippedAnswerer bounds what it is given.
type clippedAnswerer struct{ client openai.Client }

func (c clippedAnswerer) Answer(ctx context.Context, q string) {
	if len(q) > 1000 {
		q = q[:1000]
	}
	c.client.Chat.Completions.New(ctx, chat(q))
}

type front struct {
	client         openai.Client
	ai, clipped    answerer
	summarize      func(ctx context.Context, text string)
	jobs, shortJob chan string
}

func newFront(client openai.Client) *front {
	f := &front{client: client, ai: modelAnswerer{client}, clipped: clippedAnswerer{client}}
	f.summarize = func(ctx context.Context, text string) {
		client.Chat.Completions.New(ctx, chat("Summarize: "+text))
	}
	return f
}

func (f *front) ask(w http.ResponseWriter, r *http.Request) {
	f.ai.Answer(r.Context(), r.FormValue("q")) // want `^user input from r.FormValue\("q"\) reaches the prompt with no length limit`
	f.clipped.Answer(r.Context(), r.FormValue("q"))
}

func (f *front) summarizeDoc(w http.ResponseWriter, r *http.Request) {
	doc := r.FormValue("doc")
	f.summarize(r.Context(), doc) // want `user input from r.FormValue\("doc"\) reaches the prompt`
	if len(doc) < 4000 {
		f.summarize(r.Context(), doc)
	}
}

func (f *front) askInBackground(w http.ResponseWriter, r *http.Request) {
	go f.ai.Answer(context.Background(), r.FormValue("q")) // want `reaches the prompt`
	go f.clipped.Answer(context.Background(), r.FormValue("q"))
}

func (f *front) enqueue(w http.ResponseWriter, r *http.Request) {
	f.jobs <- r.FormValue("job")
	if job := r.FormValue("short"); len(job) <= 200 {
		f.shortJob <- job
	}
}

func (f *front) work(ctx context.Context) {
	for {
		select {
		case job := <-f.jobs:
			f.client.Chat.Completions.New(ctx, chat(job)) // want `user input from r.FormValue\("job"\) reaches the prompt`
		case job := <-f.shortJob:
			f.client.Chat.Completions.New(ctx, chat(job))
		}
	}
}

// notes yields what the package stored for a user.
func (a *assistant) notesOf(user string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, n := range a.notes[user] {
			if !yield(n) {
				return
			}
		}
	}
}

func (a *assistant) summarizeEach(ctx context.Context, user string) {
	for n := range a.notesOf(user) {
		a.client.Chat.Completions.New(ctx, chat(n)) // want `user input from r.FormValue\("note"\) reaches the prompt`
	}
}

func (a *assistant) answerLines(w http.ResponseWriter, r *http.Request) {
	for line := range strings.Lines(r.FormValue("doc")) {
		a.client.Chat.Completions.New(r.Context(), chat(line)) // want `user input from r.FormValue\("doc"\) reaches the prompt`
	}
	if doc := r.FormValue("short"); len(doc) < 4000 {
		for line := range strings.Lines(doc) {
			a.client.Chat.Completions.New(r.Context(), chat(line))
		}
	}
}
