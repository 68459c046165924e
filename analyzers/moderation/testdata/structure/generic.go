package structure

import (
	"context"
	"net/http"

	"github.com/openai/openai-go/v3"
	"github.com/samber/lo"
)

// Generic helpers of other modules have no summary: what a result of a
// type parameter holds comes from the arguments of that type.
func askGeneric(client openai.Client, w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	topic := r.FormValue("topic")
	prompt := lo.Ternary(topic != "", topic, "general")
	client.Chat.Completions.New(r.Context(), chat(prompt))                         // want `user input from r.FormValue\("topic"\) reaches the prompt with no moderation`
	client.Chat.Completions.New(r.Context(), chat(lo.CoalesceOrEmpty(q, "hello"))) // want `user input from r.FormValue\("q"\) reaches the prompt with no moderation`
	client.Chat.Completions.New(r.Context(), chat(lo.Ternary(q != "", "a", "b")))  // the condition picks between constants
	client.Chat.Completions.New(r.Context(), chat(lo.Must(lookup(context.Background(), "faq"))))
	labels := lo.Keys(map[string]string{"summary": q})
	client.Chat.Completions.New(r.Context(), chat(labels[0])) // the keys are the program's
}

func lookup(ctx context.Context, key string) (string, error) { return "fixed text for " + key, nil }
