// Package apiclient is a hand-written OpenAI client: each endpoint's
// method hands the request its caller builds to one that posts it. The
// requests are the callers', in other packages.
package apiclient

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
)

type Message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

type ChatRequest struct {
	Model               string    `json:"model"`
	Messages            []Message `json:"messages"`
	MaxCompletionTokens int       `json:"max_completion_tokens,omitempty"`
}

type EmbeddingRequest struct {
	Model string `json:"model"`
	Input string `json:"input"`
}

type Client struct {
	baseURL string
	http    *http.Client
}

func New() *Client { return &Client{baseURL: "https://api.openai.com/v1", http: http.DefaultClient} }

func (c *Client) post(ctx context.Context, path string, payload any) (*http.Response, error) {
	body, err := json.Marshal(payload)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+path, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	return c.http.Do(req)
}

func (c *Client) Chat(ctx context.Context, req ChatRequest) (*http.Response, error) {
	return c.post(ctx, "/chat/completions", req)
}

// ChatWith takes options after its request.
func (c *Client) ChatWith(ctx context.Context, req ChatRequest, tags ...string) (*http.Response, error) {
	return c.post(ctx, "/chat/completions", req)
}

// Ask streams the answer or not, as its caller asks: both branches post
// the request to the same endpoint.
func (c *Client) Ask(ctx context.Context, req ChatRequest, stream bool) (*http.Response, error) {
	if stream {
		return c.stream(ctx, c.baseURL+"/chat/completions", req)
	}
	return c.post(ctx, "/chat/completions", req)
}

func (c *Client) stream(ctx context.Context, url string, payload any) (*http.Response, error) {
	body, err := json.Marshal(payload)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "text/event-stream")
	return c.http.Do(req)
}

// AskNear streams from a local server: the request may go there.
func (c *Client) AskNear(ctx context.Context, req ChatRequest, stream bool) (*http.Response, error) {
	if stream {
		return c.stream(ctx, "http://localhost:11434/v1/chat/completions", req)
	}
	return c.post(ctx, "/chat/completions", req)
}

// Reply posts what encode returns, the encoding of its request.
func (c *Client) Reply(ctx context.Context, req ChatRequest) (*http.Response, error) {
	body, err := encode(req)
	if err != nil {
		return nil, err
	}
	return c.send(ctx, "/chat/completions", body)
}

func encode(v any) (io.Reader, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return bytes.NewReader(b), nil
}

func (c *Client) send(ctx context.Context, path string, body io.Reader) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+path, body)
	if err != nil {
		return nil, err
	}
	return c.http.Do(req)
}

// Wrapped posts its request inside an envelope: what wrap returns is not
// the encoding of what it is given.
func (c *Client) Wrapped(ctx context.Context, req ChatRequest) (*http.Response, error) {
	body, err := wrap(req)
	if err != nil {
		return nil, err
	}
	return c.send(ctx, "/chat/completions", body)
}

func wrap(v any) (io.Reader, error) {
	b, err := json.Marshal(struct {
		Data any `json:"data"`
	}{v})
	if err != nil {
		return nil, err
	}
	return bytes.NewReader(b), nil
}

func (c *Client) Embed(ctx context.Context, req *EmbeddingRequest) (*http.Response, error) {
	return c.post(ctx, "/embeddings", req)
}

// API is how callers see the client.
type API interface {
	Chat(ctx context.Context, req ChatRequest) (*http.Response, error)
	Embed(ctx context.Context, req *EmbeddingRequest) (*http.Response, error)
}

func NewAPI() API { return New() }

// Backend is implemented by *Client and by a recorder that posts nothing:
// a call through it may post nothing.
type Backend interface {
	Chat(ctx context.Context, req ChatRequest) (*http.Response, error)
}

type Recorder struct{ Sent []ChatRequest }

func (r *Recorder) Chat(ctx context.Context, req ChatRequest) (*http.Response, error) {
	r.Sent = append(r.Sent, req)
	return nil, nil
}

// Send posts the bytes its caller marshalled.
func Send(ctx context.Context, body []byte) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.openai.com/v1/chat/completions", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}

// Complete posts to the base URL its caller gives.
func Complete(baseURL string, req ChatRequest) (*http.Response, error) {
	body, err := json.Marshal(req)
	if err != nil {
		return nil, err
	}
	return http.Post(baseURL+"/chat/completions", "application/json", bytes.NewReader(body))
}

// Post is a generic poster given the whole URL.
func Post[Req, Resp any](ctx context.Context, url string, in *Req) (*Resp, error) {
	body, err := json.Marshal(in)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	out := new(Resp)
	return out, json.NewDecoder(resp.Body).Decode(out)
}

// A client pointed at a local server is another provider's.
type Local struct{ baseURL string }

func NewLocal() *Local { return &Local{baseURL: "http://localhost:11434/v1"} }

func (c *Local) Chat(req ChatRequest) (*http.Response, error) {
	body, err := json.Marshal(req)
	if err != nil {
		return nil, err
	}
	return http.Post(c.baseURL+"/chat/completions", "application/json", bytes.NewReader(body))
}
