package rawhttp

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

// chatClient posts what its methods give it, marshalled, to a path joined
// to its base URL.
type chatClient struct{ base string }

var api = &chatClient{base: "https://api.openai.com/v1"}

func (c *chatClient) do(ctx context.Context, path string, payload any) (*http.Response, error) {
	data, err := json.Marshal(payload)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+path, bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}

func postedPersona(w http.ResponseWriter, r *http.Request) {
	req := chatRequest{Model: "gpt-4o-mini", Messages: []message{
		{Role: "system", Content: "You are " + r.FormValue("persona")},
		{Role: "user", Content: r.FormValue("q")},
	}}
	api.do(r.Context(), "/chat/completions", req) // want `^user input from r.FormValue\("persona"\) reaches the system prompt`
}

func postedQuestion(w http.ResponseWriter, r *http.Request) {
	req := chatRequest{Model: "gpt-4o-mini", Messages: []message{
		{Role: "system", Content: "You answer questions about our product."},
		{Role: "user", Content: r.FormValue("persona")},
	}}
	api.do(r.Context(), "/chat/completions", req)
}
