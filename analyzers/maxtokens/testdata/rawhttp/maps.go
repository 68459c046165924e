package rawhttp

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

// A body written as a map is read by its keys.
func mapLiteral(ctx context.Context, q string) (*http.Request, error) {
	body, _ := json.Marshal(map[string]any{"model": "gpt-4o-mini", "messages": []map[string]string{{"role": "user", "content": q}}})
	return http.NewRequestWithContext(ctx, http.MethodPost, chatURL, bytes.NewReader(body)) // want `^chat completion request has no output token limit: set a max_completion_tokens key in the body`
}

func mapBounded(ctx context.Context, q string) (*http.Request, error) {
	body, _ := json.Marshal(map[string]any{"model": "gpt-4o-mini", "input": q, "max_output_tokens": 400})
	return http.NewRequestWithContext(ctx, http.MethodPost, "https://api.openai.com/v1/responses", bytes.NewReader(body))
}

func mapSetLater(ctx context.Context, q string, long bool) (*http.Request, error) {
	req := map[string]any{"model": "gpt-4o-mini", "messages": []map[string]string{{"role": "user", "content": q}}}
	if long {
		req["max_completion_tokens"] = 2048
	}
	body, _ := json.Marshal(req)
	return http.NewRequestWithContext(ctx, http.MethodPost, chatURL, bytes.NewReader(body))
}

func mapMade(ctx context.Context, q string) (*http.Request, error) {
	req := make(map[string]any)
	req["model"] = "gpt-4o-mini"
	req["messages"] = []map[string]string{{"role": "user", "content": q}}
	req["max_tokens"] = 300
	body, _ := json.Marshal(req)
	return http.NewRequestWithContext(ctx, http.MethodPost, chatURL, bytes.NewReader(body)) // want `chat completion request uses the deprecated "max_tokens": use a max_completion_tokens key in the body`
}

// A map another function may fill is not known here.
func mapFilled(ctx context.Context, q string, fill func(map[string]any)) (*http.Request, error) {
	req := map[string]any{"model": "gpt-4o-mini", "messages": []map[string]string{{"role": "user", "content": q}}}
	fill(req)
	body, _ := json.Marshal(req)
	return http.NewRequestWithContext(ctx, http.MethodPost, chatURL, bytes.NewReader(body))
}

// A map with neither the model nor the endpoint's input is some other
// API's.
func survey(ctx context.Context, answer string) (*http.Request, error) {
	body, _ := json.Marshal(map[string]string{"answer": answer})
	return http.NewRequestWithContext(ctx, http.MethodPost, "https://surveys.example.com/responses", bytes.NewReader(body))
}

// A body written with a JSON encoder into a buffer.
func encoded(ctx context.Context, q string) (*http.Request, error) {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(bareRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: q}}}); err != nil {
		return nil, err
	}
	return http.NewRequestWithContext(ctx, http.MethodPost, chatURL, &buf) // want `^chat completion request has no output token limit: set a max_completion_tokens field in bareRequest`
}

func encodedBounded(ctx context.Context, q string) (*http.Request, error) {
	buf := new(bytes.Buffer)
	enc := json.NewEncoder(buf)
	enc.Encode(map[string]any{"model": "gpt-4o-mini", "messages": q, "max_completion_tokens": 100})
	return http.NewRequestWithContext(ctx, http.MethodPost, chatURL, buf)
}

func encodedUnbounded(ctx context.Context, q string) (*http.Request, error) {
	buf := new(bytes.Buffer)
	enc := json.NewEncoder(buf)
	enc.Encode(map[string]any{"model": "gpt-4o-mini", "messages": q})
	return http.NewRequestWithContext(ctx, http.MethodPost, chatURL, buf) // want `set a max_completion_tokens key in the body`
}

// A buffer made of marshalled bytes, kept in a local, holds them.
func bufferOfMarshalled(ctx context.Context, q string) (*http.Request, error) {
	body, _ := json.Marshal(bareRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: q}}})
	payload := bytes.NewBuffer(body)
	return http.NewRequestWithContext(ctx, http.MethodPost, chatURL, payload) // want `set a max_completion_tokens field in bareRequest`
}
