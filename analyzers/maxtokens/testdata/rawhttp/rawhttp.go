// Package rawhttp writes its requests itself and posts them with net/http.
package rawhttp

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

type message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

type bareRequest struct {
	Model    string    `json:"model"`
	Messages []message `json:"messages"`
}

type boundedRequest struct {
	Model               string    `json:"model"`
	Messages            []message `json:"messages"`
	MaxCompletionTokens int       `json:"max_completion_tokens,omitempty"`
}

type legacyRequest struct {
	Model     string    `json:"model"`
	Messages  []message `json:"messages"`
	MaxTokens int       `json:"max_tokens,omitempty"`
}

type responsesRequest struct {
	Model string `json:"model"`
	Input string `json:"input"`
}

const chatURL = "https://api.openai.com/v1/chat/completions"

func bare(ctx context.Context, q string) (*http.Request, error) {
	body, err := json.Marshal(bareRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: q}}})
	if err != nil {
		return nil, err
	}
	return http.NewRequestWithContext(ctx, http.MethodPost, chatURL, bytes.NewReader(body)) // want `^chat completion request has no output token limit: set a max_completion_tokens field in bareRequest$`
}

func bounded(ctx context.Context, q string) (*http.Request, error) {
	body, err := json.Marshal(boundedRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: q}}, MaxCompletionTokens: 512})
	if err != nil {
		return nil, err
	}
	return http.NewRequestWithContext(ctx, http.MethodPost, chatURL, bytes.NewReader(body))
}

func unset(ctx context.Context, q string) (*http.Request, error) {
	body, err := json.Marshal(&boundedRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: q}}})
	if err != nil {
		return nil, err
	}
	return http.NewRequestWithContext(ctx, http.MethodPost, chatURL, bytes.NewReader(body)) // want `chat completion request has no output token limit: set MaxCompletionTokens`
}

func legacy(base, q string) (*http.Response, error) {
	body, err := json.Marshal(legacyRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: q}}, MaxTokens: 300})
	if err != nil {
		return nil, err
	}
	return http.Post(base+"/chat/completions", "application/json", bytes.NewBuffer(body)) // want `chat completion request uses the deprecated MaxTokens: use a max_completion_tokens field$`
}

func responses(ctx context.Context, client *http.Client, base, q string) (*http.Response, error) {
	body, err := json.Marshal(responsesRequest{Model: "gpt-4o-mini", Input: q})
	if err != nil {
		return nil, err
	}
	return client.Post(fmt.Sprintf("%s/v1/responses", base), "application/json", bytes.NewReader(body)) // want `response request has no output token limit: set a max_output_tokens field$`
}

// Another provider's server, and a URL that is no endpoint's, are not
// checked.
func local(q string) (*http.Response, error) {
	body, err := json.Marshal(bareRequest{Model: "llama3", Messages: []message{{Role: "user", Content: q}}})
	if err != nil {
		return nil, err
	}
	return http.Post("http://localhost:11434/v1/chat/completions", "application/json", bytes.NewReader(body))
}

func elsewhere(q string) (*http.Response, error) {
	body, err := json.Marshal(bareRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: q}}})
	if err != nil {
		return nil, err
	}
	return http.Post("https://example.com/api/chat", "application/json", bytes.NewReader(body))
}

// Requests built by a helper are read through it.
func newBare(q string) bareRequest {
	return bareRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: q}}}
}

func newBounded(q string, limit int) *boundedRequest {
	return &boundedRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: q}}, MaxCompletionTokens: limit}
}

func built(q string) (*http.Response, error) {
	data := newBare(q)
	body, err := json.Marshal(data)
	if err != nil {
		return nil, err
	}
	return http.Post(chatURL, "application/json", bytes.NewReader(body)) // want `chat completion request has no output token limit: set a max_completion_tokens field in bareRequest`
}

func builtBounded(q string) (*http.Response, error) {
	body, err := json.Marshal(newBounded(q, 400))
	if err != nil {
		return nil, err
	}
	return http.Post(chatURL, "application/json", bytes.NewReader(body))
}

// The body's variable holds the response once the request is sent.
func reused(q string) (string, error) {
	body, err := json.Marshal(bareRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: q}}})
	if err != nil {
		return "", err
	}
	resp, err := http.Post(chatURL, "application/json", bytes.NewReader(body)) // want `^chat completion request has no output token limit: set a max_completion_tokens field in bareRequest$`
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	body, err = io.ReadAll(resp.Body)
	return string(body), err
}

func reusedBounded(q string) (string, error) {
	body, err := json.Marshal(boundedRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: q}}, MaxCompletionTokens: 512})
	if err != nil {
		return "", err
	}
	resp, err := http.Post(chatURL, "application/json", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	body, err = io.ReadAll(resp.Body)
	return string(body), err
}

// Exported URLs the package never changes: an importer may point them
// elsewhere, but their initializer names the endpoint and one host.
var (
	ChatURL  = "https://api.openai.com/v1/chat/completions"
	LocalURL = "http://localhost:11434/v1/chat/completions"
)

func postExported(q string) (*http.Response, error) {
	body, err := json.Marshal(bareRequest{Model: "gpt-4o-mini", Messages: []message{{Role: "user", Content: q}}})
	if err != nil {
		return nil, err
	}
	return http.Post(ChatURL, "application/json", bytes.NewReader(body)) // want `^chat completion request has no output token limit: set a max_completion_tokens field in bareRequest$`
}

func postExportedLocal(q string) (*http.Response, error) {
	body, err := json.Marshal(bareRequest{Model: "llama3", Messages: []message{{Role: "user", Content: q}}})
	if err != nil {
		return nil, err
	}
	return http.Post(LocalURL, "application/json", bytes.NewReader(body))
}
