// Package posters exports functions that post a body they are given, and
// functions that make Genkit instances.
package posters

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"github.com/firebase/genkit/go/genkit"
)

type Client struct{ baseURL, name string }

// WithBaseURL sets the field post joins its paths to, New as well;
// Named sets another.
func WithBaseURL(u string) func(*Client) { // want WithBaseURL:`urlSetter\(0: example.com/openaiapi/posters.Client.baseURL\)`
	return func(c *Client) { c.baseURL = u }
}

func New(key, baseURL string) *Client { // want New:`urlSetter\(1: example.com/openaiapi/posters.Client.baseURL\)`
	return &Client{baseURL: baseURL}
}

func Named(name string) func(*Client) {
	return func(c *Client) { c.name = name }
}

func (c *Client) post(ctx context.Context, path string, payload any) (*http.Response, error) {
	body, err := json.Marshal(payload)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+path, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}

// A method that hands its parameter on to a poster posts it.
func (c *Client) Chat(ctx context.Context, req any) (*http.Response, error) { // want Chat:`poster\(body 1, to /chat/completions\)`
	return c.post(ctx, "/chat/completions", req)
}

// Chatter hides the client: *Client is its one implementation here.
type Chatter interface {
	Chat(ctx context.Context, req any) (*http.Response, error)              // want Chat:`poster\(body 1, to /chat/completions\)`
	Path(ctx context.Context, path string, req any) (*http.Response, error) // want Path:`poster\(body 2, path 1\)`
}

// Recorder implements Recorded, as *Client does, without posting: its
// Chat is no poster.
type Recorded interface {
	Chat(ctx context.Context, req any) (*http.Response, error)
	Record()
}

type Recorder struct{}

func (Recorder) Chat(ctx context.Context, req any) (*http.Response, error) { return nil, nil }

func (Recorder) Record() {}

func (c *Client) Record() {}

// ChatOrStream posts its request to the same endpoint on both branches.
func (c *Client) ChatOrStream(ctx context.Context, req any, stream bool) (*http.Response, error) { // want ChatOrStream:`poster\(body 1, to /chat/completions\)`
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
	return http.DefaultClient.Do(req)
}

// Path passes its path on: its callers name the endpoint.
func (c *Client) Path(ctx context.Context, path string, req any) (*http.Response, error) { // want Path:`poster\(body 2, path 1\)`
	return c.post(ctx, path, req)
}

// PostWith takes options after its request; All is given its body in
// a variadic parameter, which is no one argument.
func (c *Client) PostWith(ctx context.Context, path string, req any, headers ...string) (*http.Response, error) { // want PostWith:`poster\(body 2, path 1\)`
	return c.post(ctx, path, req)
}

func (c *Client) All(ctx context.Context, path string, reqs ...any) (*http.Response, error) {
	return c.post(ctx, path, reqs)
}

// Send posts bytes its caller marshalled.
func Send(body []byte) (*http.Response, error) { // want Send:`poster\(body 0, to /responses\)`
	return http.Post("https://api.openai.com/v1/responses", "application/json", bytes.NewReader(body))
}

// ChatAt posts to the base URL its caller gives; Relay passes its own on.
func ChatAt(base string, body []byte) (*http.Response, error) { // want ChatAt:`poster\(body 1, to /chat/completions, base 0\)`
	return http.Post(base+"/chat/completions", "application/json", bytes.NewReader(body))
}

func Relay(body []byte, base string) (*http.Response, error) { // want Relay:`poster\(body 0, to /chat/completions, base 1\)`
	return ChatAt(base, body)
}

// Forward posts what it is given through Send.
func Forward(body []byte) (*http.Response, error) { // want Forward:`poster\(body 0, to /responses\)`
	return Send(body)
}

// A function that posts to two endpoints, or two bodies, or what it
// builds itself, is no poster.
func Both(ctx context.Context, c *Client, req any) {
	c.post(ctx, "/chat/completions", req)
	c.post(ctx, "/responses", req)
}

func EitherBody(ctx context.Context, c *Client, req, retry any, again bool) (*http.Response, error) {
	if again {
		return c.post(ctx, "/chat/completions", retry)
	}
	return c.post(ctx, "/chat/completions", req)
}

func Fixed(ctx context.Context, c *Client, q string) (*http.Response, error) {
	return c.post(ctx, "/chat/completions", map[string]any{"model": "gpt-4o-mini", "messages": []map[string]string{{"role": "user", "content": q}}})
}

// Instances made with an OpenAI default model, on every path.
func OpenAI(ctx context.Context) *genkit.Genkit { // want OpenAI:`modelMaker\(Firebase Genkit, bare\)`
	return genkit.Init(ctx, genkit.WithDefaultModel("openai/gpt-4o"))
}

func Either(ctx context.Context, local bool) *genkit.Genkit {
	if local {
		return genkit.Init(ctx, genkit.WithDefaultModel("ollama/llama3"))
	}
	return OpenAI(ctx)
}
