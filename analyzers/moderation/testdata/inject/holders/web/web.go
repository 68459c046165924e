// Package web serves questions through answerers of one interface, kept
// in different places: a demo's parameter, a moderated handler's field,
// and an open handler's field that its constructor fills.
package web

import (
	"context"
	"net/http"

	"github.com/openai/openai-go/v3"
)

type Answerer interface {
	Answer(ctx context.Context, q string) (string, error)
}

// Demo answers with the answerer it is given, unmoderated.
func Demo(a Answerer) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		a.Answer(r.Context(), r.FormValue("q"))
	}
}

// Moderated moderates the question before it answers.
type Moderated struct {
	AI     Answerer
	Client openai.Client
}

func (m *Moderated) Ask(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	mod, err := m.Client.Moderations.New(r.Context(), openai.ModerationNewParams{
		Input: openai.ModerationNewParamsInputUnion{OfString: openai.String(q)},
	})
	if err != nil || mod.Results[0].Flagged {
		return
	}
	m.AI.Answer(r.Context(), q)
}

// Open answers unmoderated; NewOpen keeps its answerer.
type Open struct{ ai Answerer }

func NewOpen(a Answerer) *Open { return &Open{ai: a} }

func (o *Open) Ask(w http.ResponseWriter, r *http.Request) {
	o.ai.Answer(r.Context(), r.FormValue("topic"))
}

// Kept answers unmoderated; NewKept keeps its answerer.
type Kept struct{ ai Answerer }

func NewKept(a Answerer) *Kept { return &Kept{ai: a} }

func (k *Kept) Ask(w http.ResponseWriter, r *http.Request) {
	k.ai.Answer(r.Context(), r.FormValue("kept"))
}

// Quiet answers unmoderated too; NewQuiet keeps its answerer.
type Quiet struct{ ai Answerer }

func NewQuiet(a Answerer) *Quiet { return &Quiet{ai: a} }

func (q *Quiet) Ask(w http.ResponseWriter, r *http.Request) {
	q.ai.Answer(r.Context(), r.FormValue("quiet"))
}
