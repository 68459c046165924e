// Package queue keeps what users send until a worker answers it: the
// configuration names the read of a user's question as a source, since
// what comes back from a store is otherwise the program's own.
package queue

import (
	"context"

	"github.com/openai/openai-go/v3"
)

type Queue interface {
	Push(ctx context.Context, q string) error
	Next(ctx context.Context) (string, error)
	// Greeting is the operator's own text.
	Greeting(ctx context.Context) (string, error)
}

type Worker struct {
	Q      Queue
	Client openai.Client
}

func chat(text string) openai.ChatCompletionNewParams {
	return openai.ChatCompletionNewParams{Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(text)}}
}

func (w *Worker) Answer(ctx context.Context) {
	q, err := w.Q.Next(ctx)
	if err != nil {
		return
	}
	w.Client.Chat.Completions.New(ctx, chat(q)) // want `user input from Queue.Next\(\) reaches the prompt with no moderation`
}

func (w *Worker) Greet(ctx context.Context) {
	g, err := w.Q.Greeting(ctx)
	if err != nil {
		return
	}
	w.Client.Chat.Completions.New(ctx, chat(g))
}
