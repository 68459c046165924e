package structure

import (
	"context"
	"net/http"

	"github.com/openai/openai-go/v3"
)

// cached is a generic implementation of asker: calls through the
// interface reach its instantiation's method too.
type cached[K comparable] struct {
	client openai.Client
	seen   map[K]string
}

func (c *cached[K]) Ask(ctx context.Context, q string) string {
	c.client.Chat.Completions.New(ctx, chat(q))
	return ""
}

func askCached(w http.ResponseWriter, r *http.Request, client openai.Client) {
	var a asker = &cached[string]{client: client}
	a.Ask(r.Context(), r.FormValue("cached")) // want `^flow from r.FormValue\("cached"\) to a chat completion request sent by cached.Ask$`
}

// eachString runs f on each value: what f is, its callers say, and
// other packages' callers may pass another f than this package does, so
// its summary does not count on what f does here.
func eachString(values []string, f func(string)) {
	for _, v := range values {
		f(v)
	}
}

func askEachString(w http.ResponseWriter, r *http.Request, client openai.Client) {
	eachString(r.Form["q"], func(q string) {
		client.Chat.Completions.New(r.Context(), chat(q))
	})
}
