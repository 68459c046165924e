package rawhttp

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

// A client of the program's own: one method posts whatever it is given to
// a path joined to the client's base URL, and each endpoint's method
// calls it. The requests are those calls.
type apiClient struct {
	baseURL string
	http    *http.Client
}

func newOpenAIClient() *apiClient {
	return &apiClient{baseURL: "https://api.openai.com/v1", http: http.DefaultClient}
}

func (c *apiClient) post(ctx context.Context, path string, payload any) (*http.Response, error) {
	body, err := json.Marshal(payload)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+path, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	return c.http.Do(req)
}

func (c *apiClient) chat(ctx context.Context, q string) (*http.Response, error) {
	return c.post(ctx, "/chat/completions", bareRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: q}}}) // want `chat completion request has no output token limit: set a max_completion_tokens field in bareRequest`
}

func (c *apiClient) chatBounded(ctx context.Context, q string) (*http.Response, error) {
	req := boundedRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: q}}, MaxCompletionTokens: 512}
	return c.post(ctx, "/chat/completions", req)
}

func (c *apiClient) chatUnset(ctx context.Context, q string) (*http.Response, error) {
	return c.post(ctx, "/chat/completions", &boundedRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: q}}}) // want `chat completion request has no output token limit: set MaxCompletionTokens`
}

// An endpoint without an output bound, and a path that is no endpoint's,
// are not checked.
func (c *apiClient) embed(ctx context.Context, q string) (*http.Response, error) {
	return c.post(ctx, "/embeddings", responsesRequest{Model: "text-embedding-3-small", Input: q})
}

func (c *apiClient) feedback(ctx context.Context, q string) (*http.Response, error) {
	return c.post(ctx, "/feedback", bareRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: q}}})
}

// The same client pointed at a local server is another provider's.
type localClient struct{ baseURL string }

func newLocalClient() *localClient { return &localClient{baseURL: "http://localhost:11434/v1"} }

func (c *localClient) post(path string, payload any) (*http.Response, error) {
	body, err := json.Marshal(payload)
	if err != nil {
		return nil, err
	}
	return http.Post(c.baseURL+path, "application/json", bytes.NewReader(body))
}

func (c *localClient) chat(q string) (*http.Response, error) {
	return c.post("/chat/completions", bareRequest{Model: "llama3", Messages: []message{{Role: "user", Content: q}}})
}

// A sender of bytes its caller marshalled, to a URL of its own.
func sendChat(ctx context.Context, body []byte) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, chatURL, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}

func askSent(ctx context.Context, q string) (*http.Response, error) {
	body, err := json.Marshal(bareRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: q}}})
	if err != nil {
		return nil, err
	}
	return sendChat(ctx, body) // want `chat completion request has no output token limit: set a max_completion_tokens field in bareRequest`
}

func askSentBounded(ctx context.Context, q string) (*http.Response, error) {
	body, err := json.Marshal(boundedRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: q}}, MaxCompletionTokens: 256})
	if err != nil {
		return nil, err
	}
	return sendChat(ctx, body)
}

// A generic poster, given the whole URL, decodes the answer into the type
// its caller names.
func postJSON[Req, Resp any](ctx context.Context, url string, in Req) (*Resp, error) {
	body, err := json.Marshal(in)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req.WithContext(ctx))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	out := new(Resp)
	return out, json.NewDecoder(resp.Body).Decode(out)
}

type chatAnswer struct {
	Choices []struct {
		Message message `json:"message"`
	} `json:"choices"`
}

func askGeneric(ctx context.Context, q string) (*chatAnswer, error) {
	url := chatURL
	return postJSON[bareRequest, chatAnswer](ctx, url, bareRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: q}}}) // want `chat completion request has no output token limit: set a max_completion_tokens field in bareRequest`
}

func askGenericBounded(ctx context.Context, q string) (*chatAnswer, error) {
	return postJSON[boundedRequest, chatAnswer](ctx, chatURL, boundedRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: q}}, MaxCompletionTokens: 128})
}

// A poster given its base URL: what its callers give decides the host.
func postAt(base string, payload any) (*http.Response, error) {
	body, err := json.Marshal(payload)
	if err != nil {
		return nil, err
	}
	return http.Post(base+"/chat/completions", "application/json", bytes.NewReader(body))
}

func askAt(q string) (*http.Response, error) {
	return postAt("https://api.openai.com/v1", bareRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: q}}}) // want `chat completion request has no output token limit: set a max_completion_tokens field in bareRequest`
}

type routerClient struct{ base string }

func (c *routerClient) ask(q string) (*http.Response, error) {
	return postAt(c.base, bareRequest{Model: "meta-llama/llama-3.1-8b-instruct", Messages: []message{{Role: "user", Content: q}}})
}

func newRouterClient() *routerClient { return &routerClient{base: "https://openrouter.ai/api/v1"} }

// A function of the package writes the request and returns its encoding;
// another posts it.
func chatPayload(q string) ([]byte, error) {
	return json.Marshal(&boundedRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: q}}})
}

func askPayload(q string) (*http.Response, error) {
	body, err := chatPayload(q)
	if err != nil {
		return nil, err
	}
	return http.Post(chatURL, "application/json", bytes.NewReader(body)) // want `^chat completion request has no output token limit: set MaxCompletionTokens$`
}

func boundedPayload(q string) ([]byte, error) {
	req := boundedRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: q}}, MaxCompletionTokens: 512}
	return json.Marshal(req)
}

func askBoundedPayload(q string) (*http.Response, error) {
	body, err := boundedPayload(q)
	if err != nil {
		return nil, err
	}
	return http.Post(chatURL, "application/json", bytes.NewReader(body))
}

// Which of two requests a function encodes is its caller's to say.
func eitherPayload(q string, long bool) ([]byte, error) {
	if long {
		return json.Marshal(&boundedRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: q}}, MaxCompletionTokens: 4096})
	}
	return json.Marshal(&boundedRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: q}}})
}

func askEither(q string) (*http.Response, error) {
	body, err := eitherPayload(q, true)
	if err != nil {
		return nil, err
	}
	return http.Post(chatURL, "application/json", bytes.NewReader(body))
}
